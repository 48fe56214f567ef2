package io.transitplanner.solver;

import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The first plan of a search: the baseline rule run in a few orders of shipments, keeping the plan with the least
 * weighted lateness, then cost. Every order books each shipment on its best candidate that still fits, so the plan is
 * valid; the orders differ in who gets scarce capacity first: the earliest due date, the most urgent priority, or
 * the most lateness weight per TEU of capacity it takes (a small urgent shipment before a big routine one).
 */
public class GreedyStart implements CustomPhaseCommand<TransitSolution> {
    private static final String VARIABLE = "itinerary";

    static final List<Comparator<PlannedShipment>> ORDERS = List.of(
            BaselinePlanner.EARLIEST_DUE_FIRST,
            Comparator.comparingInt((PlannedShipment s) -> s.getShipment().priority())
                    .thenComparing(BaselinePlanner.EARLIEST_DUE_FIRST),
            Comparator.comparingDouble(
                            (PlannedShipment s) -> -(double) s.getShipment().priorityWeight()
                                    / s.getShipment().teu())
                    .thenComparing(BaselinePlanner.EARLIEST_DUE_FIRST),
            new ShipmentDifficulty().reversed());

    @Override
    public void changeWorkingSolution(ScoreDirector<TransitSolution> scoreDirector) {
        TransitSolution solution = scoreDirector.getWorkingSolution();
        Itinerary[] best = null;
        long bestLate = Long.MAX_VALUE;
        long bestCost = Long.MAX_VALUE;
        for (Comparator<PlannedShipment> order : ORDERS) {
            Itinerary[] chosen = BaselinePlanner.choose(solution, order);
            long late = 0;
            long cost = 0;
            for (Itinerary itinerary : chosen) {
                late += itinerary.weightedLateness();
                cost += itinerary.cost();
            }
            if (late < bestLate || (late == bestLate && cost < bestCost)) {
                best = chosen;
                bestLate = late;
                bestCost = cost;
            }
        }
        List<PlannedShipment> shipments = solution.getShipments();
        for (int i = 0; i < shipments.size(); i++) {
            PlannedShipment s = shipments.get(i);
            if (!s.isPinned() && s.getItinerary() != best[i]) {
                scoreDirector.beforeVariableChanged(s, VARIABLE);
                s.setItinerary(best[i]);
                scoreDirector.afterVariableChanged(s, VARIABLE);
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
