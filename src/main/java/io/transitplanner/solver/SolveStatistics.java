package io.transitplanner.solver;

import java.lang.reflect.Field;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * What a finished solve of a {@link org.optaplanner.core.api.solver.SolverManager} did, beyond what OptaPlanner 10's
 * public API tells ({@link SolverJob#getSolvingDuration()}): its number of score calculations. OptaPlanner 10 has no
 * public getter for it ({@code SolverJob.getScoreCalculationCount()} came later, in its successor), so it is read
 * from the job's solver, an implementation class; when that is not possible (another OptaPlanner version), the count
 * is unknown rather than wrong. {@code SolveStatisticsTest} fails when an upgrade makes it unknown.
 */
public final class SolveStatistics {
    private static final Field SOLVER = solverField();

    private SolveStatistics() {}

    /** The score calculations of the job's solve (so far, or in all once it ended); -1 when unknown. */
    public static long scoreCalculationCount(SolverJob<?, ?> job) {
        if (SOLVER == null || !SOLVER.getDeclaringClass().isInstance(job)) {
            return -1;
        }
        try {
            return SOLVER.get(job) instanceof DefaultSolver<?> solver
                    ? solver.getSolverScope().getScoreCalculationCount()
                    : -1;
        } catch (IllegalAccessException | RuntimeException e) {
            return -1;
        }
    }

    private static Field solverField() {
        try {
            Field field = Class.forName("org.optaplanner.core.impl.solver.DefaultSolverJob")
                    .getDeclaredField("solver");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
