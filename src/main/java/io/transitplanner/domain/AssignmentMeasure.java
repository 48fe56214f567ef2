package io.transitplanner.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one assignment of a plan costs the score (planning-model.md, section 6), for the planner's tables.
 *
 * @param delivered the last leg reaches the destination
 * @param eta that leg's arrival, or {@code null}
 * @param lateHours hours late; for an unplanned shipment as if it arrived a week after the horizon
 * @param weightedLateness priority weight x TEU x lateHours
 * @param costUsd TEU x cost per TEU over every leg, pinned legs included
 */
public record AssignmentMeasure(boolean delivered, Instant eta, long lateHours, long weightedLateness, long costUsd) {

    /** The measure of every shipment of the scenario (in its order), by shipment id. */
    public static Map<String, AssignmentMeasure> of(Scenario scenario, Plan plan) {
        Map<String, Lane> lanes = new HashMap<>();
        scenario.lanes().forEach(l -> lanes.put(l.code(), l));
        Map<String, List<Leg>> legs = new HashMap<>();
        plan.assignments().forEach(a -> legs.putIfAbsent(a.shipment(), a.legs()));
        Map<String, AssignmentMeasure> result = new LinkedHashMap<>();
        for (Shipment s : scenario.shipments()) {
            List<Leg> own = legs.getOrDefault(s.id(), List.of());
            long perTeu = 0;
            for (Leg leg : own) {
                Lane lane = lanes.get(leg.lane());
                perTeu += lane == null ? 0 : lane.costPerTeu();
            }
            Lane last = own.isEmpty() ? null : lanes.get(own.get(own.size() - 1).lane());
            boolean delivered = last != null && last.to().equals(s.destination());
            Instant eta = delivered ? own.get(own.size() - 1).arrival() : null;
            long lateHours = delivered
                    ? Math.max(0, ceilHours(s.dueAt(), eta))
                    : Math.max(168, ceilHours(s.dueAt(), scenario.horizon().end()) + 168);
            result.put(
                    s.id(),
                    new AssignmentMeasure(
                            delivered,
                            eta,
                            lateHours,
                            (long) s.priorityWeight() * s.teu() * lateHours,
                            perTeu * s.teu()));
        }
        return result;
    }

    private static long ceilHours(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return -Math.floorDiv(-seconds, 3600L);
    }
}
