package io.transitplanner.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SolverMetricsTest {
    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final SolverMetrics metrics = new SolverMetrics(registry);

    @Test
    void shouldCountAFinishedSolveWithItsDurationAndSpeed() {
        metrics.solveStarted(7);
        assertThat(gauge(SolverMetrics.SOLVES_ACTIVE)).isEqualTo(1);

        metrics.solveFinished(7, Duration.ofSeconds(20), 1_000_000);

        assertThat(registry.get(SolverMetrics.SOLVES_STARTED).counter().count()).isEqualTo(1);
        assertThat(solves("finished")).isEqualTo(1);
        assertThat(solves("failed")).isZero();
        assertThat(gauge(SolverMetrics.SOLVES_ACTIVE)).isZero();
        var timer = registry.get(SolverMetrics.SOLVE_DURATION)
                .tag("outcome", "finished")
                .timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.SECONDS)).isEqualTo(20);
        // 1,000,000 calculations in 20 s
        assertThat(gauge(SolverMetrics.SCORE_CALCULATION_SPEED)).isEqualTo(50_000);
        assertThat(registry.get(SolverMetrics.SCORE_CALCULATIONS).counter().count())
                .isEqualTo(1_000_000);
    }

    @Test
    void shouldTimeASolveWhoseScoreCalculationsAreUnknownWithoutMakingUpASpeed() {
        metrics.solveStarted(5);
        metrics.solveFinished(5, Duration.ofSeconds(3), -1);

        assertThat(solves("finished")).isEqualTo(1);
        assertThat(registry.get(SolverMetrics.SOLVE_DURATION)
                        .tag("outcome", "finished")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get(SolverMetrics.SCORE_CALCULATIONS).counter().count())
                .isZero();
        assertThat(gauge(SolverMetrics.SCORE_CALCULATION_SPEED)).isNaN();
    }

    @Test
    void shouldShowTheLastBestScorePerLevel() {
        assertThat(bestScore("hard")).as("before any solve reports").isNaN();
        metrics.solveStarted(3);
        metrics.bestScore(3, -2, -400, -90_000);
        metrics.bestScore(3, 0, -120, -95_000);

        assertThat(bestScore("hard")).isEqualTo(0);
        assertThat(bestScore("medium")).isEqualTo(-120);
        assertThat(bestScore("soft")).isEqualTo(-95_000);
    }

    @Test
    void shouldTimeAFailedSolveFromItsStart() {
        metrics.solveStarted(9);
        clock.add(Duration.ofSeconds(4));
        metrics.solveFailed(9);

        assertThat(solves("failed")).isEqualTo(1);
        assertThat(solves("finished")).isZero();
        assertThat(gauge(SolverMetrics.SOLVES_ACTIVE)).isZero();
        var timer = registry.get(SolverMetrics.SOLVE_DURATION)
                .tag("outcome", "failed")
                .timer();
        assertThat(timer.totalTime(TimeUnit.SECONDS)).isEqualTo(4);
    }

    @Test
    void shouldCountAFailureOfASolveItNeverSawStart() {
        metrics.solveFailed(11);

        assertThat(solves("failed")).isEqualTo(1);
        assertThat(registry.get(SolverMetrics.SOLVE_DURATION)
                        .tag("outcome", "failed")
                        .timer()
                        .count())
                .isZero();
    }

    @Test
    void shouldKeepConcurrentSolvesApart() {
        metrics.solveStarted(1);
        metrics.solveStarted(2);
        assertThat(gauge(SolverMetrics.SOLVES_ACTIVE)).isEqualTo(2);
        metrics.solveFinished(1, Duration.ofSeconds(1), 10);
        assertThat(gauge(SolverMetrics.SOLVES_ACTIVE)).isEqualTo(1);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private double bestScore(String level) {
        return registry.get(SolverMetrics.BEST_SCORE)
                .tag("level", level)
                .gauge()
                .value();
    }

    private double solves(String outcome) {
        return registry.get(SolverMetrics.SOLVES)
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
