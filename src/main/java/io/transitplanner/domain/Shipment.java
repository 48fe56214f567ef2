package io.transitplanner.domain;

import java.time.Instant;
import java.util.List;

/**
 * Cargo of one nation to move whole from its origin to its destination.
 *
 * @param id the submitting nation's reference, unique in a scenario
 * @param priority 1 (most urgent) to 5
 * @param pinnedLegs legs already booked or under way, kept unchanged as the first legs of any plan
 */
public record Shipment(
        String id,
        String nation,
        String origin,
        String destination,
        CargoClass cargoClass,
        int teu,
        double weightTons,
        Instant availableAt,
        Instant dueAt,
        int priority,
        List<Leg> pinnedLegs) {

    public Shipment {
        pinnedLegs = pinnedLegs == null ? List.of() : List.copyOf(pinnedLegs);
    }

    /** The lateness weight of the priority: 16, 8, 4, 2, 1 for priorities 1 to 5. */
    public int priorityWeight() {
        return 1 << (5 - priority);
    }

    public boolean hasPinnedLegs() {
        return !pinnedLegs.isEmpty();
    }
}
