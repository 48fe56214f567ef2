package io.transitplanner.cli;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The earliest lawful arrival of one shipment with every lane to itself: departures, handling, permissions,
 * closures and the capacity one departure has (after lane disruptions) are respected, sharing with other
 * shipments and quotas are not. A scenario check, not a planner: if even this finds no route in time, no plan can.
 */
final class LawfulRoutes {

    record Route(Instant arrival, List<String> lanes) {}

    private final Scenario scenario;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, List<Lane>> out = new HashMap<>();
    private final Map<String, List<Instant>> departures = new HashMap<>();

    LawfulRoutes(Scenario scenario) {
        this.scenario = scenario;
        scenario.nodes().forEach(n -> nodes.put(n.code(), n));
        for (Lane lane : scenario.lanes()) {
            out.computeIfAbsent(lane.from(), k -> new ArrayList<>()).add(lane);
            departures.put(lane.code(), lane.schedule().departures(scenario.horizon(), lane.transitHours()));
        }
    }

    Optional<Route> earliest(Shipment shipment) {
        return earliest(shipment, lane -> true);
    }

    /** Dijkstra on arrival times: waiting is allowed, so the earliest arrival at each node is all that matters. */
    Optional<Route> earliest(Shipment shipment, Predicate<Lane> usable) {
        Map<String, Instant> best = new HashMap<>();
        Map<String, Lane> via = new HashMap<>();
        Set<String> settled = new HashSet<>();
        PriorityQueue<Map.Entry<String, Instant>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        best.put(shipment.origin(), shipment.availableAt());
        queue.add(Map.entry(shipment.origin(), shipment.availableAt()));
        while (!queue.isEmpty()) {
            Map.Entry<String, Instant> head = queue.poll();
            String at = head.getKey();
            if (!settled.add(at)) {
                continue;
            }
            if (at.equals(shipment.destination())) {
                List<String> lanes = new ArrayList<>();
                for (String n = at; via.containsKey(n); n = via.get(n).from()) {
                    lanes.add(via.get(n).code());
                }
                Collections.reverse(lanes);
                return Optional.of(new Route(head.getValue(), lanes));
            }
            Instant ready = at.equals(shipment.origin())
                    ? head.getValue()
                    : head.getValue().plus(Duration.ofHours(nodes.get(at).handlingHours()));
            for (Lane lane : out.getOrDefault(at, List.of())) {
                if (settled.contains(lane.to()) || !usable.test(lane)) {
                    continue;
                }
                for (Instant departure : departures.get(lane.code())) {
                    if (departure.isBefore(ready)) {
                        continue;
                    }
                    Instant arrival = departure.plus(Duration.ofHours(lane.transitHours()));
                    if (fits(shipment, lane, departure)
                            && open(at, departure)
                            && open(lane.to(), arrival)
                            && allowed(shipment, lane, departure)) {
                        if (!best.containsKey(lane.to()) || arrival.isBefore(best.get(lane.to()))) {
                            best.put(lane.to(), arrival);
                            via.put(lane.to(), lane);
                            queue.add(Map.entry(lane.to(), arrival));
                        }
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Contract section 3: every country of the leg needs a permission for this class, mode, nation and instant. */
    boolean allowed(Shipment shipment, Lane lane, Instant departure) {
        Set<String> countries = lane.countries(
                nodes.get(lane.from()).country(), nodes.get(lane.to()).country());
        for (String country : countries) {
            boolean any = false;
            for (Permission p : scenario.permissions()) {
                if (p.country().equals(country)
                        && p.cargoClasses().contains(shipment.cargoClass())
                        && (p.modes() == null || p.modes().contains(lane.mode()))
                        && (p.nations() == null || p.nations().contains(shipment.nation()))
                        && (p.validFrom() == null || !departure.isBefore(p.validFrom()))
                        && (p.validTo() == null || departure.isBefore(p.validTo()))) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(Shipment shipment, Lane lane, Instant departure) {
        double factor = 1.0;
        for (Disruption d : scenario.disruptions()) {
            if (lane.code().equals(d.lane()) && d.holdsAt(departure)) {
                factor = Math.min(factor, d.capacityFactor());
            }
        }
        return Math.floor(lane.capacityTeu() * factor) >= shipment.teu()
                && (lane.capacityTons() == null || lane.capacityTons() * factor >= shipment.weightTons());
    }

    private boolean open(String node, Instant instant) {
        for (Disruption d : scenario.disruptions()) {
            if (node.equals(d.node()) && d.isClosure() && d.holdsAt(instant)) {
                return false;
            }
        }
        return true;
    }
}
