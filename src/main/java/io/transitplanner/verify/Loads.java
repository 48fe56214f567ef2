package io.transitplanner.verify;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Shipment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What all shipments of a plan together put on each lane departure, node day and quota period (rules 6 to 8 of the
 * contract, section 5), pinned legs included. The verifier checks these loads against their limits; reviews of a
 * plan report them: one computation for both. Legs on unknown lanes carry nothing.
 *
 * <ul>
 *   <li>a lane departure carries the TEU and tonnes of every leg on that lane at that instant;
 *   <li>a node's day counts the TEU of every leg <em>departing</em> from the node in that UTC day (arrivals do not
 *       count), at every node, with or without a throughput;
 *   <li>a quota's period counts the TEU of every matching shipment entering the quota's country on a leg departing
 *       in that period (see {@link Network#countriesEntered(Shipment, List, int)}).
 * </ul>
 */
public final class Loads {

    /** One departure of one lane. */
    public record LaneDeparture(String lane, Instant departure) {}

    /**
     * What one lane departure carries.
     *
     * @param shipments the ids of the shipments on it, sorted
     */
    public record LaneLoad(long teu, BigDecimal tonnes, List<String> shipments) {
        public LaneLoad {
            shipments = List.copyOf(shipments);
        }
    }

    /** One node on one UTC day. */
    public record NodeDay(String node, LocalDate day) {}

    /**
     * One period of one quota.
     *
     * @param quota the quota's index in the scenario's list of quotas
     * @param periodStart the start of the week or month
     */
    public record QuotaPeriodKey(int quota, Instant periodStart) {}

    private static final Comparator<LaneDeparture> BY_DEPARTURE =
            Comparator.comparing(LaneDeparture::departure).thenComparing(LaneDeparture::lane);
    private static final Comparator<NodeDay> BY_DAY =
            Comparator.comparing(NodeDay::day).thenComparing(NodeDay::node);
    private static final Comparator<QuotaPeriodKey> BY_PERIOD =
            Comparator.comparing(QuotaPeriodKey::periodStart).thenComparingInt(QuotaPeriodKey::quota);

    private final SortedMap<LaneDeparture, LaneLoad> lanes;
    private final SortedMap<NodeDay, Long> nodeDays;
    private final SortedMap<QuotaPeriodKey, Long> quotaPeriods;

    private Loads(
            SortedMap<LaneDeparture, LaneLoad> lanes,
            SortedMap<NodeDay, Long> nodeDays,
            SortedMap<QuotaPeriodKey, Long> quotaPeriods) {
        this.lanes = Collections.unmodifiableSortedMap(lanes);
        this.nodeDays = Collections.unmodifiableSortedMap(nodeDays);
        this.quotaPeriods = Collections.unmodifiableSortedMap(quotaPeriods);
    }

    private static final class LaneSum {
        long teu;
        BigDecimal tonnes = BigDecimal.ZERO;
        final List<String> shipments = new ArrayList<>();
    }

    public static Loads of(Network network, List<Trip> trips) {
        Map<LaneDeparture, LaneSum> laneSums = new TreeMap<>(BY_DEPARTURE);
        SortedMap<NodeDay, Long> days = new TreeMap<>(BY_DAY);
        SortedMap<QuotaPeriodKey, Long> periods = new TreeMap<>(BY_PERIOD);
        List<Quota> quotas = network.scenario().quotas();
        for (Trip trip : trips) {
            Shipment shipment = trip.shipment();
            List<Leg> legs = trip.legs();
            for (int i = 0; i < legs.size(); i++) {
                Leg leg = legs.get(i);
                Lane lane = network.lane(leg.lane());
                if (lane == null) {
                    continue;
                }
                LaneSum sum =
                        laneSums.computeIfAbsent(new LaneDeparture(lane.code(), leg.departure()), k -> new LaneSum());
                sum.teu += shipment.teu();
                sum.tonnes = sum.tonnes.add(BigDecimal.valueOf(shipment.weightTons()));
                sum.shipments.add(shipment.id());
                if (network.node(lane.from()) != null) {
                    days.merge(
                            new NodeDay(lane.from(), Network.day(leg.departure())), (long) shipment.teu(), Long::sum);
                }
                if (quotas.isEmpty()) {
                    continue;
                }
                for (String country : network.countriesEntered(shipment, legs, i)) {
                    for (int q = 0; q < quotas.size(); q++) {
                        Quota quota = quotas.get(q);
                        if (quota.country().equals(country) && Network.counts(quota, shipment)) {
                            periods.merge(
                                    new QuotaPeriodKey(q, quota.period().periodStart(leg.departure())),
                                    (long) shipment.teu(),
                                    Long::sum);
                        }
                    }
                }
            }
        }
        SortedMap<LaneDeparture, LaneLoad> laneLoads = new TreeMap<>(BY_DEPARTURE);
        laneSums.forEach((at, sum) -> {
            List<String> ids = new ArrayList<>(sum.shipments);
            Collections.sort(ids);
            laneLoads.put(at, new LaneLoad(sum.teu, sum.tonnes, ids));
        });
        return new Loads(laneLoads, days, periods);
    }

    /** Every lane departure that carries something, by departure then lane. */
    public SortedMap<LaneDeparture, LaneLoad> laneDepartures() {
        return lanes;
    }

    /** The TEU departing each node on each day with traffic, by day then node. */
    public SortedMap<NodeDay, Long> nodeDays() {
        return nodeDays;
    }

    /** The TEU entering each quota's country in each period with entries, by period start then quota. */
    public SortedMap<QuotaPeriodKey, Long> quotaPeriods() {
        return quotaPeriods;
    }

    /** What the departure carries; an empty load when nothing rides it. */
    public LaneLoad lane(String laneCode, Instant departure) {
        LaneLoad load = lanes.get(new LaneDeparture(laneCode, departure));
        return load == null ? new LaneLoad(0, BigDecimal.ZERO, List.of()) : load;
    }

    /** The TEU departing the node on that day. */
    public long nodeDay(String node, LocalDate day) {
        return nodeDays.getOrDefault(new NodeDay(node, day), 0L);
    }

    /** The TEU entering the quota's country in the period that starts then. */
    public long quotaPeriod(int quota, Instant periodStart) {
        return quotaPeriods.getOrDefault(new QuotaPeriodKey(quota, periodStart), 0L);
    }
}
