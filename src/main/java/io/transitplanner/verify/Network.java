package io.transitplanner.verify;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's network and rules between nations, indexed for look-ups. Every answer follows the contract's
 * text (sections 2 and 3) directly; unknown codes give empty answers rather than failures, since the verifier
 * must report a bad plan, not trip over it.
 */
final class Network {
    private final Scenario scenario;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, List<Disruption>> nodeDisruptions = new HashMap<>();
    private final Map<String, List<Disruption>> laneDisruptions = new HashMap<>();

    Network(Scenario scenario) {
        this.scenario = scenario;
        for (Node node : scenario.nodes()) {
            nodes.putIfAbsent(node.code(), node);
        }
        for (Lane lane : scenario.lanes()) {
            lanes.putIfAbsent(lane.code(), lane);
        }
        for (Disruption d : scenario.disruptions()) {
            if (d.node() != null) {
                nodeDisruptions
                        .computeIfAbsent(d.node(), k -> new ArrayList<>())
                        .add(d);
            } else if (d.lane() != null) {
                laneDisruptions
                        .computeIfAbsent(d.lane(), k -> new ArrayList<>())
                        .add(d);
            }
        }
    }

    Scenario scenario() {
        return scenario;
    }

    /** The lane of that code, or null. */
    Lane lane(String code) {
        return code == null ? null : lanes.get(code);
    }

    /** The node of that code, or null. */
    Node node(String code) {
        return code == null ? null : nodes.get(code);
    }

    /** The country of a node, or null for an unknown node. */
    String country(String nodeCode) {
        Node node = node(nodeCode);
        return node == null ? null : node.country();
    }

    int handlingHours(String nodeCode) {
        Node node = node(nodeCode);
        return node == null ? 0 : node.handlingHours();
    }

    /** The countries of a leg on the lane: {country(from), country(to)} and its transits. */
    Set<String> countriesOf(Lane lane) {
        Set<String> countries = new LinkedHashSet<>();
        String from = country(lane.from());
        String to = country(lane.to());
        if (from != null) {
            countries.add(from);
        }
        if (to != null) {
            countries.add(to);
        }
        countries.addAll(lane.transits());
        return countries;
    }

    /** True when some permission of that country lets this shipment cross it on a leg of this lane departing then. */
    boolean permitted(Shipment shipment, Lane lane, String country, Instant departure) {
        for (Permission p : scenario.permissions()) {
            if (p.country().equals(country)
                    && p.cargoClasses().contains(shipment.cargoClass())
                    && (p.modes() == null || p.modes().contains(lane.mode()))
                    && (p.nations() == null || p.nations().contains(shipment.nation()))
                    && (p.validFrom() == null || !departure.isBefore(p.validFrom()))
                    && (p.validTo() == null || departure.isBefore(p.validTo()))) {
                return true;
            }
        }
        return false;
    }

    /** The closure (a node disruption of factor 0) of the node whose window {@code [from, to)} holds the instant, or null. */
    Disruption closureAt(String nodeCode, Instant instant) {
        for (Disruption d : nodeDisruptions.getOrDefault(nodeCode, List.of())) {
            if (d.capacityFactor() == 0.0 && !instant.isBefore(d.from()) && instant.isBefore(d.to())) {
                return d;
            }
        }
        return null;
    }

    /** The lowest factor of the lane's disruptions whose window holds the departure; 1 when none does. */
    BigDecimal laneFactor(String laneCode, Instant departure) {
        BigDecimal lowest = BigDecimal.ONE;
        for (Disruption d : laneDisruptions.getOrDefault(laneCode, List.of())) {
            if (!departure.isBefore(d.from()) && departure.isBefore(d.to())) {
                lowest = lowest.min(BigDecimal.valueOf(d.capacityFactor()));
            }
        }
        return lowest;
    }

    /** The lowest factor of the node's disruptions whose window overlaps the UTC day; 1 when none does. */
    BigDecimal nodeFactor(String nodeCode, LocalDate day) {
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BigDecimal lowest = BigDecimal.ONE;
        for (Disruption d : nodeDisruptions.getOrDefault(nodeCode, List.of())) {
            if (d.from().isBefore(dayEnd) && d.to().isAfter(dayStart)) {
                lowest = lowest.min(BigDecimal.valueOf(d.capacityFactor()));
            }
        }
        return lowest;
    }
}
