package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The obvious rule a planning cell follows by hand, as a yardstick for the search and a start for it: pinned legs are
 * booked first; then shipments in order of due date (the more urgent priority first on the same due date), each on
 * its candidate itinerary with the least lateness, then the least cost, that still fits beside what is already
 * booked on every departure (TEU and tonnes), node-day and quota period; a shipment with none left stays unplanned.
 * No search and no framework: the same problem gives the same plan.
 */
public final class BaselinePlanner {

    /** Earliest due date first, then the more urgent priority, then the shipment id (so the order is total). */
    static final Comparator<PlannedShipment> EARLIEST_DUE_FIRST = Comparator.comparing(
                    (PlannedShipment s) -> s.getShipment().dueAt())
            .thenComparingInt(s -> s.getShipment().priority())
            .thenComparing(PlannedShipment::getId);

    private BaselinePlanner() {}

    /** Chooses an itinerary for every shipment of the problem that is not fixed, and returns the problem. */
    public static TransitSolution plan(TransitSolution problem) {
        Itinerary[] chosen = choose(problem, EARLIEST_DUE_FIRST);
        for (int i = 0; i < chosen.length; i++) {
            problem.getShipments().get(i).setItinerary(chosen[i]);
        }
        return problem;
    }

    /**
     * The rule with shipments taken in the given order: the itinerary of each shipment, by its position in the
     * problem. A shipment that already has an itinerary (fixed, or given by an earlier plan) keeps it and holds its
     * seats from the start. Changes nothing in the problem.
     */
    static Itinerary[] choose(TransitSolution problem, Comparator<PlannedShipment> order) {
        CapacityIndex index = problem.capacityIndex();
        List<PlannedShipment> shipments = problem.getShipments();
        Bookings bookings = new Bookings(index);
        Itinerary[] chosen = new Itinerary[shipments.size()];
        // pinned legs are facts: they hold their seats before anything is chosen
        List<Integer> sequence = new ArrayList<>();
        for (int i = 0; i < shipments.size(); i++) {
            PlannedShipment s = shipments.get(i);
            chosen[i] = s.getItinerary() != null ? s.getItinerary() : s.unplanned();
            bookings.book(chosen[i]);
            if (s.getItinerary() == null) {
                sequence.add(i);
            }
        }
        sequence.sort((a, b) -> order.compare(shipments.get(a), shipments.get(b)));
        for (int i : sequence) {
            bookings.release(chosen[i]);
            chosen[i] = bookings.bookBest(shipments.get(i), index.preferred(i));
        }
        return chosen;
    }
}
