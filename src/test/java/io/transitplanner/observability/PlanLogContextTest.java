package io.transitplanner.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    void shouldKeepAPooledThreadsPlanUntilItsNextSolve() throws Exception {
        // A pool thread of its own, as a SolverManager's: each solve sets its plan, none closes it.
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Callable<Object> key = () -> MDC.get(PlanLogContext.KEY);
            assertThat(pool.submit(() -> {
                                PlanLogContext.forPooledThread(7);
                                return MDC.get(PlanLogContext.KEY);
                            })
                            .get())
                    .isEqualTo("7");
            assertThat(pool.submit(key).get()).as("kept after the solve").isEqualTo("7");
            assertThat(pool.submit(() -> {
                                PlanLogContext.forPooledThread(8);
                                try (var nested = PlanLogContext.of(9)) {
                                    assertThat(MDC.get(PlanLogContext.KEY)).isEqualTo("9");
                                }
                                return MDC.get(PlanLogContext.KEY);
                            })
                            .get())
                    .isEqualTo("8");
        } finally {
            pool.shutdownNow();
        }
        assertThat(MDC.get(PlanLogContext.KEY)).as("the test's own thread").isNull();
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
