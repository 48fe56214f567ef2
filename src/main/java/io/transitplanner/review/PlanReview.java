package io.transitplanner.review;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.verify.Inspection;
import io.transitplanner.verify.Loads;
import io.transitplanner.verify.Network;
import io.transitplanner.verify.PlanVerifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a planner reviews in a plan of a scenario: each shipment's assignment, each used departure's manifest, each
 * node day's and quota period's load, and indicators by nation, by corridor and overall with the score.
 *
 * <p>Every figure comes from one pass of the verifier ({@link PlanVerifier#inspect}): the loads are the very ones its
 * capacity rules check, and the score is the one it recomputes. Everything is computed once, when the review is made;
 * the lists are immutable and sorted: assignments by shipment id, manifests by departure then lane, node days by day
 * then node, quota periods by period start then quota, KPIs by key.
 */
public final class PlanReview {
    static final String ALL = "all";

    private final Scenario scenario;
    private final Inspection inspection;
    private final Assessed assessed;
    private final List<Manifest> manifests;
    private final List<NodeDayLoad> nodeDays;
    private final List<QuotaPeriodUse> quotaPeriods;
    private final List<Kpis> byNation;
    private final List<Kpis> byCorridor;
    private final Totals totals;
    private volatile ShipmentExplainer explainer;

    private PlanReview(Scenario scenario, Inspection inspection) {
        this.scenario = scenario;
        this.inspection = inspection;
        this.assessed = Assessed.of(inspection);
        Network network = inspection.network();
        Loads loads = inspection.loads();
        this.manifests = manifests(network, loads);
        this.nodeDays = nodeDays(network, loads);
        this.quotaPeriods = quotaPeriods(scenario, loads);
        this.byNation = group(assessed.sorted(), ShipmentAssignment::nation);
        this.byCorridor = group(assessed.sorted(), ShipmentAssignment::corridor);
        Kpis all = kpis(ALL, assessed.sorted());
        this.totals = new Totals(
                all, inspection.verdict().score(), inspection.verdict().valid());
    }

    public static PlanReview of(Scenario scenario, Plan plan) {
        return new PlanReview(scenario, PlanVerifier.inspect(scenario, plan));
    }

    /** Every shipment of the scenario, by id. */
    public List<ShipmentAssignment> assignments() {
        return assessed.sorted();
    }

    /** One shipment's assignment; empty for an id the scenario does not have. */
    public Optional<ShipmentAssignment> assignment(String shipmentId) {
        return Optional.ofNullable(assessed.get(shipmentId));
    }

    /** Every lane departure that carries something, by departure then lane. */
    public List<Manifest> manifests() {
        return manifests;
    }

    /** Every node and UTC day from which something departs, by day then node, with the day's throughput. */
    public List<NodeDayLoad> nodeDays() {
        return nodeDays;
    }

    /** Every quota period with entries, by period start then quota. */
    public List<QuotaPeriodUse> quotaPeriods() {
        return quotaPeriods;
    }

    /** The indicators of each nation's shipments, by nation. */
    public List<Kpis> kpisByNation() {
        return byNation;
    }

    /**
     * The indicators of each corridor, by corridor. A shipment's corridor is the ordered list of the countries its
     * itinerary crosses, leg after leg (the country of the lane's start, its transit countries, the country of its
     * end), joined by hyphens without repeating a country twice in a row, such as {@code "AF-UZ-KZ-RU-LV"};
     * {@code "unplanned"} for a shipment that does not reach its destination (no legs, or only its pinned ones).
     */
    public List<Kpis> kpisByCorridor() {
        return byCorridor;
    }

    /** The indicators over all shipments and the score as the verifier computes it. */
    public Totals totals() {
        return totals;
    }

    /** Why a shipment of this plan is where it is; the explainer shares this review's index. */
    public Explanation explain(String shipmentId) {
        ShipmentExplainer current = explainer;
        if (current == null) {
            current = new ShipmentExplainer(scenario, inspection, assessed);
            explainer = current;
        }
        return current.explain(shipmentId);
    }

    // ---------------------------------------------------------------- building

    private static List<Manifest> manifests(Network network, Loads loads) {
        List<Manifest> out = new ArrayList<>(loads.laneDepartures().size());
        loads.laneDepartures().forEach((at, load) -> {
            Lane lane = network.lane(at.lane());
            out.add(new Manifest(
                    lane.code(),
                    at.departure(),
                    at.departure().plus(Duration.ofHours(lane.transitHours())),
                    lane.mode(),
                    load.shipments(),
                    load.teu(),
                    network.laneCapacityTeu(lane, at.departure()),
                    load.tonnes(),
                    network.laneCapacityTonnes(lane, at.departure()),
                    network.laneFactor(lane.code(), at.departure())));
        });
        return List.copyOf(out);
    }

    private static List<NodeDayLoad> nodeDays(Network network, Loads loads) {
        List<NodeDayLoad> out = new ArrayList<>(loads.nodeDays().size());
        loads.nodeDays()
                .forEach((at, teu) -> out.add(new NodeDayLoad(
                        at.node(),
                        at.day(),
                        teu,
                        network.nodeThroughput(at.node(), at.day()),
                        network.nodeFactor(at.node(), at.day()))));
        return List.copyOf(out);
    }

    private static List<QuotaPeriodUse> quotaPeriods(Scenario scenario, Loads loads) {
        List<QuotaPeriodUse> out = new ArrayList<>(loads.quotaPeriods().size());
        loads.quotaPeriods().forEach((at, teu) -> {
            Quota quota = scenario.quotas().get(at.quota());
            out.add(new QuotaPeriodUse(
                    at.quota(),
                    quota.country(),
                    quota.period(),
                    quota.nation(),
                    quota.cargoClass(),
                    at.periodStart(),
                    periodEnd(quota.period(), at.periodStart()),
                    teu,
                    quota.maxTeu(),
                    "TEU"));
        });
        return List.copyOf(out);
    }

    static Instant periodEnd(QuotaPeriod period, Instant start) {
        return switch (period) {
            case WEEK -> start.plus(Duration.ofDays(7));
            case MONTH -> start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
        };
    }

    private static List<Kpis> group(List<ShipmentAssignment> all, Function<ShipmentAssignment, String> key) {
        Map<String, List<ShipmentAssignment>> groups = new TreeMap<>();
        for (ShipmentAssignment a : all) {
            groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
        }
        List<Kpis> out = new ArrayList<>(groups.size());
        groups.forEach((k, members) -> out.add(kpis(k, members)));
        return List.copyOf(out);
    }

    static Kpis kpis(String key, List<ShipmentAssignment> members) {
        int onTime = 0;
        int late = 0;
        long teu = 0;
        long cost = 0;
        long lateness = 0;
        for (ShipmentAssignment a : members) {
            if (a.status() == AssignmentStatus.PLANNED) {
                onTime++;
            } else if (a.status() == AssignmentStatus.LATE) {
                late++;
            }
            teu += a.teu();
            cost += a.costUsd();
            lateness += a.weightedLateness();
        }
        int planned = onTime + late;
        return new Kpis(key, members.size(), planned, onTime, late, members.size() - planned, teu, cost, lateness);
    }
}
