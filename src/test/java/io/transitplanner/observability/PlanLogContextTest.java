package io.transitplanner.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlanLogContextTest {

    @AfterEach
    void clear() {
        MDC.remove(PlanLogContext.KEY);
    }

    @Test
    void shouldPutThePlanIdForTheBlockOnly() {
        try (var context = PlanLogContext.of(42)) {
            assertThat(MDC.get("planId")).isEqualTo("42");
        }
        assertThat(MDC.get("planId")).isNull();
    }

    @Test
    void shouldRestoreTheOuterPlanWhenNested() {
        try (var outer = PlanLogContext.of(1)) {
            try (var inner = PlanLogContext.of(2)) {
                assertThat(MDC.get("planId")).isEqualTo("2");
            }
            assertThat(MDC.get("planId")).isEqualTo("1");
        }
        assertThat(MDC.get("planId")).isNull();
    }

    @Test
    void shouldRefuseToBeClosedOnAnotherThread() throws Exception {
        PlanLogContext context = PlanLogContext.of(6);
        Throwable error =
                CompletableFuture.runAsync(context::close).handle((ok, e) -> e).get();
        assertThat(error).hasCauseInstanceOf(IllegalStateException.class);
        context.close();
        assertThat(MDC.get("planId")).isNull();
        assertThatThrownBy(() -> {
                    throw error.getCause();
                })
                .hasMessageContaining("thread");
    }
}
