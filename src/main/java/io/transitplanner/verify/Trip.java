package io.transitplanner.verify;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.util.List;

/** A shipment of the scenario and the legs the plan gives it (none when the plan has no assignment for it). */
public record Trip(Shipment shipment, List<Leg> legs) {

    /** How many of the first legs are the shipment's pinned legs, unchanged and in place. */
    public int pinnedKept() {
        List<Leg> pinned = shipment.pinnedLegs();
        int kept = 0;
        while (kept < pinned.size() && kept < legs.size() && pinned.get(kept).equals(legs.get(kept))) {
            kept++;
        }
        return kept;
    }

    static String describe(int index, Leg leg) {
        return "leg " + (index + 1) + " (" + leg.lane() + " departing " + leg.departure() + ")";
    }
}
