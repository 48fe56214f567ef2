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
        List<PlannedShipment> order = new ArrayList<>(problem.getShipments());
        order.sort(EARLIEST_DUE_FIRST);
        return plan(problem, order);
    }

    /** The same rule in a given order of shipments. */
    static TransitSolution plan(TransitSolution problem, List<PlannedShipment> order) {
        CapacityIndex index = problem.capacityIndex();
        Bookings bookings = new Bookings(index);
        // pinned legs are facts: they hold their seats before anything is chosen
        for (PlannedShipment s : problem.getShipments()) {
            bookings.book(s.isPinned() ? s.getItinerary() : s.unplanned());
        }
        for (PlannedShipment s : order) {
            if (s.isPinned()) {
                continue;
            }
            bookings.release(s.unplanned());
            s.setItinerary(bookings.bookBest(s, index.preferred(index.shipmentIndex(s.getId()))));
        }
        return problem;
    }
}
