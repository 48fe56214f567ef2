package io.transitplanner.solver;

import java.util.concurrent.CompletableFuture;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * The solver managers of the service: the configured one, and a one-off manager for a solve that asks for its own
 * time limit or seed (a manager has one configuration), closed once that solve is over.
 */
public final class SolverPool {
    private final SolverSettings defaults;
    private final SolverManager<TransitSolution, Long> configured;

    SolverPool(SolverSettings defaults, SolverManager<TransitSolution, Long> configured) {
        this.defaults = defaults;
        this.configured = configured;
    }

    public SolverSettings defaults() {
        return defaults;
    }

    public SolverManager<TransitSolution, Long> manager(SolverSettings settings) {
        if (settings.equals(defaults)) {
            return configured;
        }
        return SolverManager.create(
                SolverConfigs.build(settings), new SolverManagerConfig().withParallelSolverCount("1"));
    }

    /** Gives back a manager when its solve is over; a one-off one is closed (apart from the solver's own thread). */
    public void release(SolverManager<TransitSolution, Long> manager) {
        if (manager != configured) {
            CompletableFuture.runAsync(manager::close);
        }
    }
}
