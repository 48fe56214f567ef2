package io.transitplanner.solver;

import java.util.List;

/** What is booked on each capacity of a {@link CapacityIndex}, and whether one more itinerary fits beside it. */
final class Bookings {
    private final CapacityIndex index;
    private final long[] used;

    Bookings(CapacityIndex index) {
        this.index = index;
        this.used = new long[index.resourceCount()];
    }

    void book(Itinerary itinerary) {
        CapacityIndex.Footprint f = index.footprint(itinerary);
        for (int i = 0; i < f.resources().length; i++) {
            used[f.resources()[i]] += f.amount(i);
        }
    }

    void release(Itinerary itinerary) {
        CapacityIndex.Footprint f = index.footprint(itinerary);
        for (int i = 0; i < f.resources().length; i++) {
            used[f.resources()[i]] -= f.amount(i);
        }
    }

    /** True when the itinerary fits beside what is booked, on every capacity it draws on. */
    boolean fits(Itinerary itinerary) {
        CapacityIndex.Footprint f = index.footprint(itinerary);
        for (int i = 0; i < f.resources().length; i++) {
            int r = f.resources()[i];
            if (used[r] + f.amount(i) > index.capacity(r)) {
                return false;
            }
        }
        return true;
    }

    /** True when the capacity would overflow if the itinerary were booked beside what is booked. */
    boolean overflows(int resource, long amount) {
        return used[resource] + amount > index.capacity(resource);
    }

    long used(int resource) {
        return used[resource];
    }

    /**
     * Books and returns the shipment's most preferred candidate that fits (least lateness, then cost); when none fits,
     * its "unplanned" choice, booked anyway because its pinned legs are facts.
     */
    Itinerary bookBest(PlannedShipment shipment, List<Itinerary> preferred) {
        for (Itinerary candidate : preferred) {
            if (fits(candidate)) {
                book(candidate);
                return candidate;
            }
        }
        Itinerary unplanned = shipment.unplanned();
        book(unplanned);
        return unplanned;
    }
}
