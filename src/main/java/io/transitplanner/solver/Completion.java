package io.transitplanner.solver;

import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Makes a solver's result honest when the solve stopped before every shipment had an itinerary (a time limit that
 * falls inside the construction): the constraints skip a shipment with no itinerary at all, so such a solution
 * states a lateness far better than its plan's, where the same shipment is unplanned. Every such shipment gets its
 * "unplanned" choice (its pinned legs only) and the solution is scored afresh, so that the score stated with the plan
 * is the plan's.
 */
public final class Completion {

    private Completion() {}

    /** The solution with no shipment left unchosen, scored afresh if one was; the same object. */
    public static TransitSolution completed(TransitSolution solution) {
        boolean filled = false;
        for (PlannedShipment shipment : solution.getShipments()) {
            if (shipment.getItinerary() == null) {
                shipment.setItinerary(shipment.unplanned());
                filled = true;
            }
        }
        if (filled || solution.getScore() == null || !solution.getScore().isSolutionInitialized()) {
            SolutionManager.create(
                            SolverFactory.<TransitSolution>create(SolverConfigs.build(SolverSettings.defaults())))
                    .update(solution);
        }
        return solution;
    }

    /** How many shipments have no itinerary yet. */
    public static long unchosen(TransitSolution solution) {
        return solution.getShipments().stream()
                .filter(s -> s.getItinerary() == null)
                .count();
    }
}
