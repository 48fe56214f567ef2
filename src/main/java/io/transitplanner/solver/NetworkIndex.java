package io.transitplanner.solver;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenario's network and rules arranged for fast questions: departures of a lane, capacity of one departure or
 * of one day at a node after disruptions, closures, permissions and quotas by country.
 */
public final class NetworkIndex {
    private static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);

    private final Scenario scenario;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, LaneInfo> lanes = new LinkedHashMap<>();
    private final Map<String, List<LaneInfo>> outgoing = new HashMap<>();
    private final Map<String, List<Disruption>> laneDisruptions = new HashMap<>();
    private final Map<String, List<Disruption>> nodeDisruptions = new HashMap<>();
    private final List<NodeClosure> closures = new ArrayList<>();
    private final Map<String, List<NodeClosure>> closuresByNode = new HashMap<>();
    private final Map<String, List<Permission>> permissionsByCountry = new HashMap<>();
    private final Map<String, List<Integer>> quotasByCountry = new HashMap<>();
    private final Map<DepartureKey, DepartureSlot> slots = new ConcurrentHashMap<>();
    private final Map<NodeDayKey, NodeDay> nodeDays = new ConcurrentHashMap<>();

    private record DepartureKey(String lane, Instant departure) {}

    private record NodeDayKey(String node, LocalDate day) {}

    public NetworkIndex(Scenario scenario) {
        this.scenario = scenario;
        for (Node node : scenario.nodes()) {
            nodes.put(node.code(), node);
        }
        for (Lane lane : scenario.lanes()) {
            LaneInfo info = new LaneInfo(
                    lane,
                    nodes.get(lane.from()),
                    nodes.get(lane.to()),
                    lane.schedule().departures(scenario.horizon(), lane.transitHours()));
            lanes.put(lane.code(), info);
            outgoing.computeIfAbsent(lane.from(), k -> new ArrayList<>()).add(info);
        }
        for (Disruption d : scenario.disruptions()) {
            if (d.onNode()) {
                nodeDisruptions
                        .computeIfAbsent(d.node(), k -> new ArrayList<>())
                        .add(d);
                if (d.isClosure()) {
                    NodeClosure closure = new NodeClosure(d.node(), d.from(), d.to(), d.reason());
                    closures.add(closure);
                    closuresByNode
                            .computeIfAbsent(d.node(), k -> new ArrayList<>())
                            .add(closure);
                }
            } else {
                laneDisruptions
                        .computeIfAbsent(d.lane(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        for (Permission p : scenario.permissions()) {
            permissionsByCountry
                    .computeIfAbsent(p.country(), k -> new ArrayList<>())
                    .add(p);
        }
        for (int i = 0; i < scenario.quotas().size(); i++) {
            quotasByCountry
                    .computeIfAbsent(scenario.quotas().get(i).country(), k -> new ArrayList<>())
                    .add(i);
        }
        // one shared leg per scheduled departure, made before any candidate so that every candidate shares them
        for (LaneInfo lane : lanes.values()) {
            Hop[] hops = new Hop[lane.departureCount()];
            Duration transit = Duration.ofHours(lane.lane().transitHours());
            for (int i = 0; i < hops.length; i++) {
                Instant departure = lane.departure(i);
                hops[i] = new Hop(
                        lane,
                        departure,
                        departure.plus(transit),
                        slot(lane, departure),
                        nodeDay(lane.from().code(), departure),
                        false,
                        true);
            }
            lane.setHops(hops);
        }
    }

    /** The shared leg of departure {@code index} of the lane. */
    Hop hop(LaneInfo lane, int index) {
        return lane.hop(index);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Horizon horizon() {
        return scenario.horizon();
    }

    public Node node(String code) {
        return nodes.get(code);
    }

    public LaneInfo lane(String code) {
        return lanes.get(code);
    }

    public List<LaneInfo> lanesFrom(String node) {
        return outgoing.getOrDefault(node, List.of());
    }

    public List<NodeClosure> closures() {
        return closures;
    }

    public List<Permission> permissions() {
        return scenario.permissions();
    }

    boolean hasQuotas() {
        return !scenario.quotas().isEmpty();
    }

    /** The capacity of one departure: {@code floor(capacity x f)}, f the lowest factor of the lane's disruptions then. */
    public DepartureSlot slot(LaneInfo lane, Instant departure) {
        return slots.computeIfAbsent(new DepartureKey(lane.code(), departure), key -> {
            Lane l = lane.lane();
            BigDecimal factor = BigDecimal.ONE;
            for (Disruption d : laneDisruptions.getOrDefault(l.code(), List.of())) {
                if (d.holdsAt(departure)) {
                    factor = factor.min(BigDecimal.valueOf(d.capacityFactor()));
                }
            }
            int teu = BigDecimal.valueOf(l.capacityTeu())
                    .multiply(factor)
                    .setScale(0, RoundingMode.FLOOR)
                    .intValueExact();
            long grams = l.capacityTons() == null
                    ? Long.MAX_VALUE
                    : BigDecimal.valueOf(l.capacityTons())
                            .multiply(factor)
                            .multiply(GRAMS_PER_TONNE)
                            .setScale(0, RoundingMode.FLOOR)
                            .longValueExact();
            return new DepartureSlot(l.code(), departure, teu, grams);
        });
    }

    /**
     * The TEU that may depart from a node on the UTC day of the instant: {@code floor(throughput x f)}, f the lowest
     * factor of the node's disruptions that overlap the day; {@code null} when the node has no throughput limit.
     */
    public NodeDay nodeDay(String nodeCode, Instant instant) {
        Node node = nodes.get(nodeCode);
        if (node == null || !node.hasThroughputLimit()) {
            return null;
        }
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return nodeDays.computeIfAbsent(new NodeDayKey(nodeCode, day), key -> {
            Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            BigDecimal factor = BigDecimal.ONE;
            for (Disruption d : nodeDisruptions.getOrDefault(nodeCode, List.of())) {
                if (d.overlaps(start, end)) {
                    factor = factor.min(BigDecimal.valueOf(d.capacityFactor()));
                }
            }
            int teu = BigDecimal.valueOf(node.throughputTeuPerDay())
                    .multiply(factor)
                    .setScale(0, RoundingMode.FLOOR)
                    .intValueExact();
            return new NodeDay(nodeCode, day, teu);
        });
    }

    /** True when the node is closed at the instant. */
    public boolean closedAt(String nodeCode, Instant instant) {
        for (NodeClosure c : closuresByNode.getOrDefault(nodeCode, List.of())) {
            if (c.covers(instant)) {
                return true;
            }
        }
        return false;
    }

    /** True when every country of the lane lets this shipment through at this departure. */
    public boolean permits(Shipment shipment, LaneInfo lane, Instant departure) {
        // the window [departure, departure + 1 ns) holds exactly the departure instant
        return everyCountryAllows(shipment, lane, departure, departure.plusNanos(1));
    }

    /** True when every country of the lane lets this shipment through at some time inside the horizon. */
    boolean mayEverPermit(Shipment shipment, LaneInfo lane) {
        return everyCountryAllows(shipment, lane, horizon().start(), horizon().end());
    }

    /**
     * True when each country of the lane has a permission for the shipment's class, nation and the lane's mode that
     * holds at some instant of {@code [from, to)}.
     */
    private boolean everyCountryAllows(Shipment shipment, LaneInfo lane, Instant from, Instant to) {
        for (String country : lane.countries()) {
            boolean allowed = false;
            for (Permission p : permissionsByCountry.getOrDefault(country, List.of())) {
                if (LegCountry.allowsCargo(p, shipment.cargoClass(), lane.lane().mode(), shipment.nation())
                        && (p.validFrom() == null || p.validFrom().isBefore(to))
                        && (p.validTo() == null || p.validTo().isAfter(from))) {
                    allowed = true;
                    break;
                }
            }
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Adds the entries a shipment makes when it enters the country on a leg departing at the instant. */
    void addQuotaEntries(Shipment shipment, String country, Instant departure, List<QuotaEntry> out) {
        for (int index : quotasByCountry.getOrDefault(country, List.of())) {
            Quota q = scenario.quotas().get(index);
            if (counts(q, shipment)) {
                out.add(new QuotaEntry(
                        new QuotaPeriodSlot(index, q, q.period().periodStart(departure)),
                        shipment.id(),
                        shipment.teu()));
            }
        }
    }

    /** The smallest quota a shipment entering the country would count against, or MAX_VALUE. */
    int smallestQuota(Shipment shipment, String country) {
        int smallest = Integer.MAX_VALUE;
        for (int index : quotasByCountry.getOrDefault(country, List.of())) {
            Quota q = scenario.quotas().get(index);
            if (counts(q, shipment)) {
                smallest = Math.min(smallest, q.maxTeu());
            }
        }
        return smallest;
    }

    /** True when the quota counts this shipment (its nation and cargo class, where the quota names them). */
    private static boolean counts(Quota q, Shipment shipment) {
        return (q.nation() == null || q.nation().equals(shipment.nation()))
                && (q.cargoClass() == null || q.cargoClass() == shipment.cargoClass());
    }

    /** A shipment's weight in grams, the unit the tonnage rule is summed in. */
    public static long grams(double tonnes) {
        return BigDecimal.valueOf(tonnes)
                .multiply(GRAMS_PER_TONNE)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
