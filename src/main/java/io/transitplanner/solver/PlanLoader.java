package io.transitplanner.solver;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts a plan made elsewhere into the solver's model, to score or explain it, or to start a search from it. */
public final class PlanLoader {

    private PlanLoader() {}

    /**
     * The planning problem of the scenario with each shipment set to the plan's legs (unplanned when the plan has
     * no assignment for it). Fails with {@link IllegalArgumentException} on a lane the scenario does not know.
     */
    public static TransitSolution load(Scenario scenario, Plan plan, CandidateOptions options) {
        NetworkIndex network = new NetworkIndex(scenario);
        CandidateBuilder builder = new CandidateBuilder(network, options);
        Map<String, Assignment> byShipment = new HashMap<>();
        plan.assignments().forEach(a -> byShipment.putIfAbsent(a.shipment(), a));
        List<PlannedShipment> shipments = new ArrayList<>();
        for (Shipment shipment : scenario.shipments()) {
            PlannedShipment planned = builder.plannedShipment(shipment);
            Assignment assignment = byShipment.get(shipment.id());
            if (assignment != null) {
                planned.setItinerary(builder.itinerary(shipment, assignment.legs()));
            } else if (planned.getItinerary() == null) {
                planned.setItinerary(builder.itinerary(shipment, List.of()));
            }
            shipments.add(planned);
        }
        return new TransitSolution(network, shipments);
    }

    /**
     * The planning problem of a replan, starting from a base plan: a shipment the base plan routes keeps those legs
     * as its first choice; a shipment new since then (or whose base legs no longer begin with its pinned legs) is left
     * for the construction heuristic to plan.
     */
    public static TransitSolution warmStart(Scenario scenario, Plan base, CandidateOptions options) {
        NetworkIndex network = new NetworkIndex(scenario);
        CandidateBuilder builder = new CandidateBuilder(network, options);
        Map<String, Assignment> byShipment = new HashMap<>();
        base.assignments().forEach(a -> byShipment.putIfAbsent(a.shipment(), a));
        List<PlannedShipment> shipments = new ArrayList<>();
        for (Shipment shipment : scenario.shipments()) {
            PlannedShipment planned = builder.plannedShipment(shipment);
            Assignment assignment = byShipment.get(shipment.id());
            if (!planned.isPinned()
                    && assignment != null
                    && assignment.legs().size() >= shipment.pinnedLegs().size()
                    && assignment
                            .legs()
                            .subList(0, shipment.pinnedLegs().size())
                            .equals(shipment.pinnedLegs())) {
                planned.setItinerary(builder.itinerary(shipment, assignment.legs()));
            }
            shipments.add(planned);
        }
        return new TransitSolution(network, shipments);
    }
}
