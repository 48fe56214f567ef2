package io.transitplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The start of a replan: every leg of the published plan that has departed or departs before {@code now + freeze}
 * becomes a pinned leg of its shipment (planning-model.md, section 4: legs already booked or under way), so that the
 * new plan keeps it unchanged as a first leg. The rest of the published itinerary is only a suggestion.
 */
public final class PlanFreeze {

    private PlanFreeze() {}

    /** The instant before which a departure is frozen. */
    public static Instant cutoff(Instant now, Duration freeze) {
        return now.plus(freeze);
    }

    /**
     * The scenario with the frozen legs of the published plan pinned. A shipment's own pinned legs stay; published
     * legs are added after them in travel order while they depart before the cutoff.
     */
    public static Scenario pin(Scenario scenario, Plan published, Instant cutoff) {
        Map<String, List<Leg>> legs = new HashMap<>();
        published.assignments().forEach(a -> legs.putIfAbsent(a.shipment(), a.legs()));
        List<Shipment> shipments = new ArrayList<>(scenario.shipments().size());
        for (Shipment s : scenario.shipments()) {
            List<Leg> planned = legs.getOrDefault(s.id(), List.of());
            List<Leg> pinned = new ArrayList<>(s.pinnedLegs());
            if (startsWith(planned, s.pinnedLegs())) {
                for (int i = s.pinnedLegs().size(); i < planned.size(); i++) {
                    Leg leg = planned.get(i);
                    if (!leg.departure().isBefore(cutoff)) {
                        break;
                    }
                    pinned.add(leg);
                }
            }
            shipments.add(new Shipment(
                    s.id(),
                    s.nation(),
                    s.origin(),
                    s.destination(),
                    s.cargoClass(),
                    s.teu(),
                    s.weightTons(),
                    s.availableAt(),
                    s.dueAt(),
                    s.priority(),
                    pinned));
        }
        return scenario.withShipments(shipments);
    }

    private static boolean startsWith(List<Leg> legs, List<Leg> prefix) {
        return legs.size() >= prefix.size() && legs.subList(0, prefix.size()).equals(prefix);
    }
}
