package io.transitplanner.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a planner looks at beside the score: how many shipments are planned, how many arrive on time, what it
 * costs and which node is busiest. Reported beside the score, never folded into it.
 *
 * @param delivered shipments whose legs reach their destination
 * @param unplanned shipments with no legs, or only their pinned ones
 * @param onTime delivered shipments that arrive by their due date
 * @param costUsd transport cost of every leg, pinned legs included
 * @param busiestNode the node from which most TEU depart over the plan, or {@code null} for an empty plan
 * @param busiestNodeTeu the TEU departing that node over the plan
 * @param busiestDayUse the highest share of a day's throughput used at any node with a limit (0 when none)
 * @param busiestDayNode the node and day of that peak, such as {@code ULY 2012-08-14}
 */
public record PlanSummary(
        int shipments,
        int delivered,
        int unplanned,
        int onTime,
        long costUsd,
        String busiestNode,
        long busiestNodeTeu,
        double busiestDayUse,
        String busiestDayNode) {

    public double onTimeShare() {
        return shipments == 0 ? 0 : (double) onTime / shipments;
    }

    public static PlanSummary of(Scenario scenario, Plan plan) {
        Map<String, Lane> lanes = new HashMap<>();
        scenario.lanes().forEach(l -> lanes.put(l.code(), l));
        Map<String, Node> nodes = new HashMap<>();
        scenario.nodes().forEach(n -> nodes.put(n.code(), n));
        Map<String, List<Leg>> legsByShipment = new HashMap<>();
        plan.assignments().forEach(a -> legsByShipment.putIfAbsent(a.shipment(), a.legs()));
        int delivered = 0;
        int onTime = 0;
        long cost = 0;
        Map<String, Long> departingTeu = new TreeMap<>();
        Map<String, Long> dayTeu = new TreeMap<>();
        for (Shipment shipment : scenario.shipments()) {
            List<Leg> legs = legsByShipment.getOrDefault(shipment.id(), List.of());
            for (Leg leg : legs) {
                Lane lane = lanes.get(leg.lane());
                if (lane == null) {
                    continue;
                }
                cost += (long) lane.costPerTeu() * shipment.teu();
                departingTeu.merge(lane.from(), (long) shipment.teu(), Long::sum);
                LocalDate day = leg.departure().atZone(ZoneOffset.UTC).toLocalDate();
                dayTeu.merge(lane.from() + " " + day, (long) shipment.teu(), Long::sum);
            }
            Lane last =
                    legs.isEmpty() ? null : lanes.get(legs.get(legs.size() - 1).lane());
            if (last != null && last.to().equals(shipment.destination())) {
                delivered++;
                Instant arrival = legs.get(legs.size() - 1).arrival();
                if (!arrival.isAfter(shipment.dueAt())) {
                    onTime++;
                }
            }
        }
        String busiest = null;
        long busiestTeu = 0;
        for (var e : departingTeu.entrySet()) {
            if (e.getValue() > busiestTeu) {
                busiest = e.getKey();
                busiestTeu = e.getValue();
            }
        }
        double peakUse = 0;
        String peakAt = null;
        for (var e : dayTeu.entrySet()) {
            Node node = nodes.get(e.getKey().substring(0, e.getKey().indexOf(' ')));
            if (node != null && node.hasThroughputLimit() && node.throughputTeuPerDay() > 0) {
                double use = (double) e.getValue() / node.throughputTeuPerDay();
                if (use > peakUse) {
                    peakUse = use;
                    peakAt = e.getKey();
                }
            }
        }
        int shipments = scenario.shipments().size();
        return new PlanSummary(
                shipments, delivered, shipments - delivered, onTime, cost, busiest, busiestTeu, peakUse, peakAt);
    }

    /** A few lines for a terminal. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                "shipments   %d: %d planned to their destination, %d unplanned%n", shipments, delivered, unplanned));
        sb.append(String.format("on time     %d of %d (%.1f%%)%n", onTime, shipments, 100 * onTimeShare()));
        sb.append(String.format("cost        $%,d%n", costUsd));
        if (busiestNode != null) {
            sb.append(String.format("busiest hub %s (%d TEU departing)", busiestNode, busiestNodeTeu));
            if (busiestDayNode != null) {
                sb.append(String.format("; peak day %s at %.0f%% of throughput", busiestDayNode, 100 * busiestDayUse));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }
}
