package io.transitplanner.solver;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
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
     * The planning problem of a replan, starting from a base plan. A shipment keeps its base legs only while they are
     * still valid on their own: one of its candidates under the network as it is now (no closed node, a permission
     * for every country at departure, a scheduled departure, its pinned legs first), delivering it, and fitting the
     * capacity left by the pinned legs and by the kept shipments due before it. Every other shipment (new since the
     * base plan, rerouted by a closure or a lost permission, unplanned before, or squeezed out by a reduced capacity)
     * is left for the construction heuristic, which plans it around the kept ones. Starting the search from a base plan
     * with broken itineraries would leave it repairing them one move at a time instead of improving the plan.
     */
    public static TransitSolution warmStart(Scenario scenario, Plan base, CandidateOptions options) {
        NetworkIndex network = new NetworkIndex(scenario);
        CandidateBuilder builder = new CandidateBuilder(network, options);
        Map<String, List<Leg>> baseLegs = new HashMap<>();
        base.assignments().forEach(a -> baseLegs.putIfAbsent(a.shipment(), a.legs()));
        List<PlannedShipment> shipments = new ArrayList<>();
        List<PlannedShipment> kept = new ArrayList<>();
        for (Shipment shipment : scenario.shipments()) {
            PlannedShipment planned = builder.plannedShipment(shipment);
            List<Leg> legs = baseLegs.get(shipment.id());
            if (!planned.isPinned() && legs != null) {
                Itinerary same = sameCandidate(planned, legs);
                if (same != null && same.delivered()) {
                    planned.setItinerary(same);
                    kept.add(planned);
                }
            }
            shipments.add(planned);
        }
        TransitSolution solution = new TransitSolution(network, shipments);
        // pinned legs are facts: every shipment's hold their seats first
        Bookings bookings = new Bookings(solution.capacityIndex());
        for (PlannedShipment s : shipments) {
            bookings.book(s.isPinned() ? s.getItinerary() : s.unplanned());
        }
        kept.sort(BaselinePlanner.EARLIEST_DUE_FIRST);
        for (PlannedShipment s : kept) {
            bookings.release(s.unplanned());
            if (bookings.fits(s.getItinerary())) {
                bookings.book(s.getItinerary());
            } else {
                s.setItinerary(null);
                bookings.book(s.unplanned());
            }
        }
        return solution;
    }

    /** The candidate of the shipment that rides exactly these legs, or {@code null}. */
    private static Itinerary sameCandidate(PlannedShipment shipment, List<Leg> legs) {
        for (Itinerary candidate : shipment.getCandidates()) {
            if (candidate.size() == legs.size() && candidate.toLegs().equals(legs)) {
                return candidate;
            }
        }
        return null;
    }
}
