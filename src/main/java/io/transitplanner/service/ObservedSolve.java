package io.transitplanner.service;

import io.transitplanner.observability.PlanLogContext;
import io.transitplanner.observability.SolverMetrics;
import io.transitplanner.solver.SolveStatistics;
import io.transitplanner.solver.TransitSolution;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverJob;

/**
 * One solve as operations watch it: wraps the callbacks of a {@code SolverManager} job so that its plan id is in
 * the log context of every thread that works on it, and so that the solver metrics see it start, improve and end.
 *
 * <p>The solver thread (a pooled one) takes the plan id as it builds the problem and keeps it for the whole solve,
 * OptaPlanner's own lines included; the consumer thread (one per solve) has it around each save. A solve ends in
 * the metrics exactly once: finished when the final save made its plan READY, failed otherwise.
 */
final class ObservedSolve {
    private final long planId;
    private final SolverMetrics metrics;
    private final AtomicReference<SolverJob<TransitSolution, Long>> job = new AtomicReference<>();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean ready;

    ObservedSolve(long planId, SolverMetrics metrics) {
        this.planId = planId;
        this.metrics = metrics;
    }

    /** Ends a solve early from any thread; the solver's line saying so carries the plan id. */
    static void terminateEarly(SolverJob<TransitSolution, Long> solverJob) {
        try (var log = PlanLogContext.of(solverJob.getProblemId())) {
            solverJob.terminateEarly();
        }
    }

    /** The job the manager runs this solve as, for its statistics at the end. */
    void attach(SolverJob<TransitSolution, Long> solverJob) {
        job.set(solverJob);
    }

    /** The problem finder, on the solver thread, as the solve begins. */
    Function<Long, TransitSolution> problem(Function<Long, TransitSolution> finder) {
        return problemId -> {
            PlanLogContext.forPooledThread(planId);
            metrics.solveStarted(planId);
            return finder.apply(problemId);
        };
    }

    /** The consumer of each new best solution. */
    Consumer<TransitSolution> best(Consumer<TransitSolution> consumer) {
        return best -> {
            try (var log = PlanLogContext.of(planId)) {
                consumer.accept(best);
                reportBest(best);
            }
        };
    }

    /** Says whether the final save made the plan READY (and passes it on), inside {@link #finalBest}. */
    boolean ready(boolean saved) {
        ready = saved;
        return saved;
    }

    /** The consumer of the final best solution: the solve ends once the consumer has saved it. */
    Consumer<TransitSolution> finalBest(Consumer<TransitSolution> consumer) {
        return best -> {
            try (var log = PlanLogContext.of(planId)) {
                try {
                    consumer.accept(best);
                } finally {
                    if (ready) {
                        // the saved plan's score: a solve stopped during construction was completed by the save
                        reportBest(best);
                    }
                    end(ready);
                }
            }
        };
    }

    /** The handler of a failure of the solve (or of a consumer). */
    BiConsumer<Long, Throwable> failure(BiConsumer<Long, Throwable> handler) {
        return (problemId, failure) -> {
            try (var log = PlanLogContext.of(planId)) {
                handler.accept(problemId, failure);
            } finally {
                end(false);
            }
        };
    }

    private void reportBest(TransitSolution best) {
        HardMediumSoftLongScore score = best.getScore();
        if (score != null && score.isSolutionInitialized()) {
            metrics.bestScore(planId, score.hardScore(), score.mediumScore(), score.softScore());
        }
    }

    private void end(boolean finished) {
        if (ended.getAndSet(true)) {
            return;
        }
        SolverJob<TransitSolution, Long> solverJob = job.get();
        if (!finished) {
            metrics.solveFailed(planId);
        } else if (solverJob == null) {
            // ended before the manager handed out its job: its statistics are out of reach
            metrics.solveFinished(planId, Duration.ZERO, -1);
        } else {
            metrics.solveFinished(
                    planId, solverJob.getSolvingDuration(), SolveStatistics.scoreCalculationCount(solverJob));
        }
    }
}
