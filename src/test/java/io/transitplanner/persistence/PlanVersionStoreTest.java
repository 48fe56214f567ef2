package io.transitplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanSummary;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The status a plan's solve can move it through: a plan marked FAILED stays FAILED whatever a late save says. */
@QuarkusTest
class PlanVersionStoreTest {
    private static final Instant NOW = Instant.parse("2012-08-24T00:00:00Z");
    private static final PlanSummary KPIS = new PlanSummary(0, 0, 0, 0, 0, null, 0, 0, null);

    @Inject
    DataSource dataSource;

    private long newDraft(Connection c) throws Exception {
        return PlanVersionStore.create(
                        c,
                        new PlanVersionStore.NewPlan(
                                "store test",
                                PlanKind.SOLVE,
                                PlanStatus.DRAFT,
                                null,
                                null,
                                Duration.ZERO,
                                Map.of(),
                                "planner-1",
                                NOW,
                                0,
                                null),
                        NOW)
                .id();
    }

    private static PlanStatus status(Connection c, long id) throws Exception {
        return PlanVersionStore.find(c, id).orElseThrow().status();
    }

    @Test
    void shouldSaveAndFinishAnUnfinishedPlan() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long id = newDraft(c);
            assertThat(PlanVersionStore.markSolving(c, id, NOW)).isTrue();
            assertThat(PlanVersionStore.saveSolution(
                            c, id, new PlanScore(0, -5, -9), KPIS, List.of(), List.of(), null, NOW))
                    .isTrue();
            assertThat(status(c, id)).isEqualTo(PlanStatus.SOLVING);
            assertThat(PlanVersionStore.saveSolution(
                            c, id, new PlanScore(0, -4, -9), KPIS, List.of(), List.of(), PlanStatus.READY, NOW))
                    .isTrue();
            assertThat(status(c, id)).isEqualTo(PlanStatus.READY);
            assertThat(PlanVersionStore.find(c, id).orElseThrow().score()).isEqualTo(new PlanScore(0, -4, -9));
        }
    }

    @Test
    void shouldNeverChangeAPublishedPlan() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long id = newDraft(c);
            PlanVersionStore.markSolving(c, id, NOW);
            PlanVersionStore.saveSolution(
                    c, id, new PlanScore(0, -4, -9), KPIS, List.of(), List.of(), PlanStatus.READY, NOW);
            c.createStatement().executeUpdate("update plan set status = 'SUPERSEDED' where id = " + id);

            boolean saved = PlanVersionStore.saveSolution(
                    c, id, new PlanScore(0, 0, 0), KPIS, List.of(), List.of(), PlanStatus.READY, NOW);

            assertThat(saved).isFalse();
            assertThat(status(c, id)).isEqualTo(PlanStatus.SUPERSEDED);
            assertThat(PlanVersionStore.find(c, id).orElseThrow().score()).isEqualTo(new PlanScore(0, -4, -9));
        }
    }

    @Test
    void shouldKeepAPlanMarkedFailedFailedWhenALaterSaveArrives() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long id = newDraft(c);
            PlanVersionStore.markSolving(c, id, NOW);
            assertThat(PlanVersionStore.fail(c, id, "an intermediate save failed", NOW))
                    .isTrue();

            boolean saved = PlanVersionStore.saveSolution(
                    c, id, new PlanScore(0, -4, -9), KPIS, List.of(), List.of(), PlanStatus.READY, NOW);

            assertThat(saved).isFalse();
            assertThat(status(c, id)).isEqualTo(PlanStatus.FAILED);
            assertThat(PlanVersionStore.find(c, id).orElseThrow().failureReason())
                    .isEqualTo("an intermediate save failed");
            assertThat(PlanVersionStore.markSolving(c, id, NOW))
                    .as("a failed plan does not start again")
                    .isFalse();
            assertThat(status(c, id)).isEqualTo(PlanStatus.FAILED);
        }
    }
}
