package io.transitplanner.verify;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Shipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rules 6 to 8 of the contract (section 5): what all shipments together put on a lane departure, a node's day and
 * a country's quota period. Pinned legs count like any other. Tonnes and capacity factors are decimals so that a
 * load of 60.0 t against 60 t, or 100 TEU at factor 0.29, compare as written rather than as binary fractions.
 */
final class CapacityRules {
    private final Network network;
    private final List<Violation> violations;

    CapacityRules(Network network, List<Violation> violations) {
        this.network = network;
        this.violations = violations;
    }

    void check(List<Trip> trips) {
        checkLanes(trips);
        checkNodes(trips);
        checkQuotas(trips);
    }

    private record LaneDeparture(String lane, Instant departure) {}

    private static final class LaneLoad {
        long teu;
        BigDecimal tonnes = BigDecimal.ZERO;
        int shipments;
    }

    /** Rule 6: TEU and tonnes on each lane departure, against the lane's capacity lowered by its disruptions. */
    private void checkLanes(List<Trip> trips) {
        Map<LaneDeparture, LaneLoad> loads =
                new TreeMap<>(Comparator.comparing(LaneDeparture::departure).thenComparing(LaneDeparture::lane));
        for (Trip trip : trips) {
            Shipment shipment = trip.shipment();
            for (Leg leg : trip.legs()) {
                if (network.lane(leg.lane()) == null) {
                    continue;
                }
                LaneLoad load =
                        loads.computeIfAbsent(new LaneDeparture(leg.lane(), leg.departure()), k -> new LaneLoad());
                load.teu += shipment.teu();
                load.tonnes = load.tonnes.add(BigDecimal.valueOf(shipment.weightTons()));
                load.shipments++;
            }
        }
        loads.forEach((at, load) -> {
            Lane lane = network.lane(at.lane());
            BigDecimal factor = network.laneFactor(lane.code(), at.departure());
            long capacityTeu = floor(BigDecimal.valueOf(lane.capacityTeu()).multiply(factor));
            String where = "lane " + lane.code() + " departing " + at.departure();
            String disrupted =
                    factor.compareTo(BigDecimal.ONE) < 0 ? " (lowered to " + factor.toPlainString() + ")" : "";
            if (load.teu > capacityTeu) {
                add(
                        Rule.LANE_CAPACITY,
                        where + " carries " + load.teu + " TEU of " + load.shipments + " shipments, capacity "
                                + capacityTeu + " TEU" + disrupted,
                        load.teu - capacityTeu);
            }
            if (lane.capacityTons() != null) {
                BigDecimal capacityTonnes =
                        BigDecimal.valueOf(lane.capacityTons()).multiply(factor);
                BigDecimal over = load.tonnes.subtract(capacityTonnes);
                if (over.signum() > 0) {
                    add(
                            Rule.LANE_CAPACITY,
                            where + " carries " + load.tonnes.toPlainString() + " t of "
                                    + load.shipments + " shipments, capacity "
                                    + capacityTonnes.stripTrailingZeros().toPlainString()
                                    + " t" + disrupted,
                            over.setScale(0, RoundingMode.CEILING).longValueExact());
                }
            }
        });
    }

    private record NodeDay(String node, LocalDate day) {}

    /** Rule 7: TEU departing each node with a throughput in each UTC day, against that day's throughput. */
    private void checkNodes(List<Trip> trips) {
        Map<NodeDay, Long> departing =
                new TreeMap<>(Comparator.comparing(NodeDay::day).thenComparing(NodeDay::node));
        for (Trip trip : trips) {
            for (Leg leg : trip.legs()) {
                Lane lane = network.lane(leg.lane());
                Node from = lane == null ? null : network.node(lane.from());
                if (from == null || from.throughputTeuPerDay() == null) {
                    continue;
                }
                LocalDate day = leg.departure().atZone(ZoneOffset.UTC).toLocalDate();
                departing.merge(
                        new NodeDay(from.code(), day), (long) trip.shipment().teu(), Long::sum);
            }
        }
        departing.forEach((at, teu) -> {
            Node node = network.node(at.node());
            BigDecimal factor = network.nodeFactor(node.code(), at.day());
            long throughput =
                    floor(BigDecimal.valueOf(node.throughputTeuPerDay()).multiply(factor));
            if (teu > throughput) {
                String disrupted =
                        factor.compareTo(BigDecimal.ONE) < 0 ? " (lowered to " + factor.toPlainString() + ")" : "";
                add(
                        Rule.NODE_THROUGHPUT,
                        "node " + node.code() + " on " + at.day() + ": " + teu + " TEU depart, throughput " + throughput
                                + " TEU" + disrupted,
                        teu - throughput);
            }
        });
    }

    private record QuotaPeriodKey(int quota, Instant periodStart) {}

    /**
     * Rule 8: TEU entering each quota's country in each period. A shipment enters country c on leg i when c is a
     * country of leg i and either i is its first leg and c is not the origin's country, or c is not a country of
     * leg i-1; the entry counts in the period holding leg i's departure.
     */
    private void checkQuotas(List<Trip> trips) {
        List<Quota> quotas = network.scenario().quotas();
        if (quotas.isEmpty()) {
            return;
        }
        Map<QuotaPeriodKey, Long> entries = new TreeMap<>(
                Comparator.comparing(QuotaPeriodKey::periodStart).thenComparingInt(QuotaPeriodKey::quota));
        for (Trip trip : trips) {
            Shipment shipment = trip.shipment();
            Set<String> previousCountries = null;
            for (int i = 0; i < trip.legs().size(); i++) {
                Leg leg = trip.legs().get(i);
                Lane lane = network.lane(leg.lane());
                Set<String> countries = lane == null ? Set.of() : network.countriesOf(lane);
                List<String> entered = new ArrayList<>();
                for (String country : countries) {
                    boolean enters = i == 0
                            ? !country.equals(network.country(shipment.origin()))
                            : !previousCountries.contains(country);
                    if (enters) {
                        entered.add(country);
                    }
                }
                for (String country : entered) {
                    for (int q = 0; q < quotas.size(); q++) {
                        Quota quota = quotas.get(q);
                        if (quota.country().equals(country)
                                && (quota.nation() == null || quota.nation().equals(shipment.nation()))
                                && (quota.cargoClass() == null || quota.cargoClass() == shipment.cargoClass())) {
                            entries.merge(
                                    new QuotaPeriodKey(q, quota.period().periodStart(leg.departure())),
                                    (long) shipment.teu(),
                                    Long::sum);
                        }
                    }
                }
                previousCountries = countries;
            }
        }
        entries.forEach((at, teu) -> {
            Quota quota = quotas.get(at.quota());
            if (teu > quota.maxTeu()) {
                String scope = (quota.nation() == null ? "" : " of " + quota.nation())
                        + (quota.cargoClass() == null ? "" : " " + quota.cargoClass());
                add(
                        Rule.QUOTAS,
                        quota.period() + " quota" + scope + " into " + quota.country() + " from " + at.periodStart()
                                + ": " + teu + " TEU enter, at most " + quota.maxTeu(),
                        teu - quota.maxTeu());
            }
        });
    }

    private static long floor(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private void add(Rule rule, String message, long magnitude) {
        violations.add(new Violation(rule.id, null, message, magnitude));
    }
}
