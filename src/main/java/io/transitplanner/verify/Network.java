package io.transitplanner.verify;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
public final class Network {
    private final Scenario scenario;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, List<Disruption>> nodeDisruptions = new HashMap<>();
    private final Map<String, List<Disruption>> laneDisruptions = new HashMap<>();

    public Network(Scenario scenario) {
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

    public Scenario scenario() {
        return scenario;
    }

    /** The lane of that code, or null. */
    public Lane lane(String code) {
        return code == null ? null : lanes.get(code);
    }

    /** The node of that code, or null. */
    public Node node(String code) {
        return code == null ? null : nodes.get(code);
    }

    /** The country of a node, or null for an unknown node. */
    public String country(String nodeCode) {
        Node node = node(nodeCode);
        return node == null ? null : node.country();
    }

    public int handlingHours(String nodeCode) {
        Node node = node(nodeCode);
        return node == null ? 0 : node.handlingHours();
    }

    /** The countries of a leg on the lane: {country(from), country(to)} and its transits. */
    public Set<String> countriesOf(Lane lane) {
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
    public boolean permitted(Shipment shipment, Lane lane, String country, Instant departure) {
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
    public Disruption closureAt(String nodeCode, Instant instant) {
        for (Disruption d : nodeDisruptions.getOrDefault(nodeCode, List.of())) {
            if (d.capacityFactor() == 0.0 && !instant.isBefore(d.from()) && instant.isBefore(d.to())) {
                return d;
            }
        }
        return null;
    }

    /** The lowest factor of the lane's disruptions whose window holds the departure; 1 when none does. */
    public BigDecimal laneFactor(String laneCode, Instant departure) {
        BigDecimal lowest = BigDecimal.ONE;
        for (Disruption d : laneDisruptions.getOrDefault(laneCode, List.of())) {
            if (!departure.isBefore(d.from()) && departure.isBefore(d.to())) {
                lowest = lowest.min(BigDecimal.valueOf(d.capacityFactor()));
            }
        }
        return lowest;
    }

    /** The lowest factor of the node's disruptions whose window overlaps the UTC day; 1 when none does. */
    public BigDecimal nodeFactor(String nodeCode, LocalDate day) {
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

    /** Rule 6: the TEU one departure of the lane may carry, {@code floor(capacityTeu * f)}. */
    public long laneCapacityTeu(Lane lane, Instant departure) {
        return floor(BigDecimal.valueOf(lane.capacityTeu()).multiply(laneFactor(lane.code(), departure)));
    }

    /** Rule 6: the tonnes one departure of the lane may carry, {@code capacityTons * f}; null when tonnes are free. */
    public BigDecimal laneCapacityTonnes(Lane lane, Instant departure) {
        return lane.capacityTons() == null
                ? null
                : BigDecimal.valueOf(lane.capacityTons()).multiply(laneFactor(lane.code(), departure));
    }

    /** Rule 7: the TEU that may depart from the node on that UTC day; null for a node without a throughput. */
    public Long nodeThroughput(String nodeCode, LocalDate day) {
        Node node = node(nodeCode);
        if (node == null || node.throughputTeuPerDay() == null) {
            return null;
        }
        return floor(BigDecimal.valueOf(node.throughputTeuPerDay()).multiply(nodeFactor(nodeCode, day)));
    }

    /**
     * Rule 8: the countries a shipment enters on a leg of {@code lane}: those of the leg that are not the origin's
     * country (on its first leg, {@code previous == null}) or not countries of the previous leg's lane.
     */
    public List<String> countriesEntered(Shipment shipment, Lane previous, Lane lane) {
        return entered(shipment, previous == null ? null : countriesOf(previous), countriesOf(lane));
    }

    /** Rule 8 on leg {@code i} of given legs; a leg on an unknown lane has no countries. */
    public List<String> countriesEntered(Shipment shipment, List<Leg> legs, int i) {
        Lane lane = lane(legs.get(i).lane());
        if (lane == null) {
            return List.of();
        }
        Set<String> before = null;
        if (i > 0) {
            Lane previous = lane(legs.get(i - 1).lane());
            before = previous == null ? Set.of() : countriesOf(previous);
        }
        return entered(shipment, before, countriesOf(lane));
    }

    private List<String> entered(Shipment shipment, Set<String> before, Set<String> countries) {
        List<String> entered = new ArrayList<>();
        for (String country : countries) {
            boolean enters = before == null ? !country.equals(country(shipment.origin())) : !before.contains(country);
            if (enters) {
                entered.add(country);
            }
        }
        return entered;
    }

    /** Rule 8: true when an entry of this shipment counts against the quota (its nation and class match). */
    public static boolean counts(Quota quota, Shipment shipment) {
        return (quota.nation() == null || quota.nation().equals(shipment.nation()))
                && (quota.cargoClass() == null || quota.cargoClass() == shipment.cargoClass());
    }

    /** The UTC day of an instant, the day rule 7 counts a departure in. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static long floor(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
