package io.transitplanner.solver;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of a plan's itineraries are among the solver's candidates: a plan made elsewhere (an exact solver's, a
 * planner's) can only be reached by the search when its itineraries are choices the search has.
 *
 * @param covered itineraries of the plan (beyond pinned legs) that are candidates of their shipment
 * @param total itineraries of the plan that go beyond the pinned legs
 * @param missing the shipments whose itinerary is not a candidate
 */
public record CandidateCoverage(int covered, int total, List<String> missing) {

    public static CandidateCoverage of(TransitSolution problem, Plan plan) {
        Map<String, Assignment> byShipment = new HashMap<>();
        plan.assignments().forEach(a -> byShipment.putIfAbsent(a.shipment(), a));
        int covered = 0;
        int total = 0;
        List<String> missing = new ArrayList<>();
        for (PlannedShipment s : problem.getShipments()) {
            Assignment a = byShipment.get(s.getId());
            if (a == null || a.legs().size() <= s.getShipment().pinnedLegs().size()) {
                continue;
            }
            total++;
            List<Leg> legs = a.legs();
            if (s.getCandidates().stream().anyMatch(c -> c.toLegs().equals(legs))) {
                covered++;
            } else {
                missing.add(s.getId());
            }
        }
        return new CandidateCoverage(covered, total, List.copyOf(missing));
    }

    /** Covered share in percent (100 when the plan has no itinerary to cover). */
    public double percent() {
        return total == 0 ? 100.0 : 100.0 * covered / total;
    }
}
