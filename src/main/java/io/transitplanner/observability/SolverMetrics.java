package io.transitplanner.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Metrics of the solves the service runs, as Prometheus shows them at {@code /q/metrics}:
 *
 * <ul>
 *   <li>{@code transit_planner_solves_started_total}, {@code transit_planner_solves_total{outcome=finished|failed}}
 *       and {@code transit_planner_solves_active}: how many solves began, how each ended, how many run now;
 *   <li>{@code transit_planner_solve_duration_seconds{outcome}}: how long solves took (a timer);
 *   <li>{@code transit_planner_solve_best_score{level=hard|medium|soft}}: the best score last reported by a running
 *       solve (empty until one reports);
 *   <li>{@code transit_planner_solve_score_calculations_total} and {@code
 *       transit_planner_solve_score_calculation_speed}: score calculations over all solves, and per second in the
 *       last finished one.
 * </ul>
 *
 * Plan ids are not labels: every plan would add series forever. The log lines of a solve carry its id instead (see
 * {@link PlanLogContext}). Every method is safe to call from solver threads. Created at startup, so that every series
 * exists (at zero) before the first solve.
 */
@Startup
@ApplicationScoped
public class SolverMetrics {
    static final String SOLVES_STARTED = "transit.planner.solves.started";
    static final String SOLVES = "transit.planner.solves";
    static final String SOLVES_ACTIVE = "transit.planner.solves.active";
    static final String SOLVE_DURATION = "transit.planner.solve.duration";
    static final String BEST_SCORE = "transit.planner.solve.best.score";
    static final String SCORE_CALCULATIONS = "transit.planner.solve.score.calculations";
    static final String SCORE_CALCULATION_SPEED = "transit.planner.solve.score.calculation.speed";

    static final String OUTCOME = "outcome";
    static final String FINISHED = "finished";
    static final String FAILED = "failed";

    private final MeterRegistry registry;
    private final Counter started;
    private final Counter scoreCalculations;
    /** Monotonic start time (registry clock, ns) of each running solve, by plan id. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();
    /** Hard, medium and soft of the best score last reported; null before any. */
    private final AtomicReference<long[]> bestScore = new AtomicReference<>();
    /** Score calculations per second of the last finished solve; NaN before any. */
    private final AtomicReference<Double> lastSpeed = new AtomicReference<>(Double.NaN);

    SolverMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.started =
                Counter.builder(SOLVES_STARTED).description("Solves started").register(registry);
        this.scoreCalculations = Counter.builder(SCORE_CALCULATIONS)
                .description("Score calculations of all finished solves")
                .register(registry);
        Gauge.builder(SOLVES_ACTIVE, running, Map::size)
                .description("Solves running now")
                .register(registry);
        String[] levels = {"hard", "medium", "soft"};
        for (int i = 0; i < levels.length; i++) {
            int level = i;
            Gauge.builder(BEST_SCORE, bestScore, best -> best.get() == null ? Double.NaN : best.get()[level])
                    .description("Best score last reported by a running solve, per level")
                    .tag("level", levels[i])
                    .register(registry);
        }
        Gauge.builder(SCORE_CALCULATION_SPEED, lastSpeed, AtomicReference::get)
                .description("Score calculations per second of the last finished solve")
                .register(registry);
        // Both outcomes exist from the start, so that a rate over them is defined before the first failure.
        solves(FINISHED);
        solves(FAILED);
        duration(FINISHED);
        duration(FAILED);
    }

    /** A solve of this plan has begun. */
    public void solveStarted(long planId) {
        running.put(planId, registry.config().clock().monotonicTime());
        started.increment();
    }

    /** The solve of this plan found a new best score. */
    public void bestScore(long planId, long hard, long medium, long soft) {
        bestScore.set(new long[] {hard, medium, soft});
    }

    /**
     * The solve of this plan ended normally after {@code duration}, having calculated this many scores (negative:
     * unknown, then neither counted nor a speed).
     */
    public void solveFinished(long planId, Duration duration, long scoreCalculationCount) {
        running.remove(planId);
        solves(FINISHED).increment();
        duration(FINISHED).record(duration);
        if (scoreCalculationCount < 0) {
            return;
        }
        scoreCalculations.increment(scoreCalculationCount);
        double seconds = duration.toNanos() / 1e9;
        if (seconds > 0) {
            lastSpeed.set(scoreCalculationCount / seconds);
        }
    }

    /** The solve of this plan ended with an error; its duration counts from {@link #solveStarted}, when known. */
    public void solveFailed(long planId) {
        Long startedAt = running.remove(planId);
        solves(FAILED).increment();
        if (startedAt != null) {
            duration(FAILED).record(registry.config().clock().monotonicTime() - startedAt, TimeUnit.NANOSECONDS);
        }
    }

    private Counter solves(String outcome) {
        return Counter.builder(SOLVES)
                .description("Solves ended, by outcome")
                .tag(OUTCOME, outcome)
                .register(registry);
    }

    private Timer duration(String outcome) {
        return Timer.builder(SOLVE_DURATION)
                .description("How long solves took, by outcome")
                .tag(OUTCOME, outcome)
                .register(registry);
    }
}
