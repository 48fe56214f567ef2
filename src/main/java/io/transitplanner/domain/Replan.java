package io.transitplanner.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as it stands at one instant of a plan, ready to be planned again: every leg the plan has departed by
 * then (arrived or under way) becomes a pinned leg, a fact the new plan must keep, and the horizon starts at that
 * instant, so that nothing new is planned in the past.
 */
public final class Replan {

    private Replan() {}

    /**
     * The scenario at {@code at}: each shipment's pinned legs are the legs of its (first) assignment in the plan that
     * depart before {@code at}; the horizon runs from {@code at} (or its old start, if later) to its old end.
     *
     * @throws IllegalArgumentException when {@code at} is not before the end of the horizon
     */
    public static Scenario asOf(Scenario scenario, Plan plan, Instant at) {
        Horizon horizon = scenario.horizon();
        if (!at.isBefore(horizon.end())) {
            throw new IllegalArgumentException("cannot replan at " + at + ": the horizon ends at " + horizon.end());
        }
        Map<String, List<Leg>> legs = new HashMap<>();
        plan.assignments().forEach(a -> legs.putIfAbsent(a.shipment(), a.legs()));
        List<Shipment> shipments = new ArrayList<>(scenario.shipments().size());
        for (Shipment s : scenario.shipments()) {
            List<Leg> departed = departedBefore(legs.getOrDefault(s.id(), s.pinnedLegs()), at);
            // legs pinned already stay pinned, whatever the plan says
            List<Leg> pinned = departed.size() >= s.pinnedLegs().size() ? departed : s.pinnedLegs();
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
        Instant start = at.isAfter(horizon.start()) ? at : horizon.start();
        return new Scenario(
                scenario.name(),
                new Horizon(start, horizon.end()),
                scenario.nodes(),
                scenario.lanes(),
                scenario.permissions(),
                scenario.quotas(),
                scenario.disruptions(),
                shipments,
                scenario.notes());
    }

    /** The legs, from the first, that depart before the instant. */
    private static List<Leg> departedBefore(List<Leg> legs, Instant at) {
        int n = 0;
        while (n < legs.size() && legs.get(n).departure().isBefore(at)) {
            n++;
        }
        return List.copyOf(legs.subList(0, n));
    }
}
