package io.transitplanner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.PlannedAssignment;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.persistence.PlanVersionStore;
import io.transitplanner.replay.ReplayReport;
import io.transitplanner.review.AssignmentStatus;
import io.transitplanner.review.Explanation;
import io.transitplanner.review.Kpis;
import io.transitplanner.review.Manifest;
import io.transitplanner.review.NodeDayLoad;
import io.transitplanner.review.PlanDiff;
import io.transitplanner.review.PlanReview;
import io.transitplanner.review.QuotaPeriodUse;
import io.transitplanner.review.ShipmentAssignment;
import io.transitplanner.review.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * A planner's review of a stored plan: manifests, node days, quota periods, indicators, the differences from another
 * plan and why a shipment is where it is, all computed by {@link PlanReview} and {@link PlanDiff} on the scenario the
 * plan was solved on (its snapshot) and its stored assignments.
 *
 * <p>A review of a 10,000-shipment plan takes about a second, so each plan's review is made once and kept (a small
 * LRU keyed by plan id and the instant of its last change); so are the last diffs. A DRAFT or SOLVING plan is refused
 * (409): its assignments change under the reader until the solve ends, and a review of a moving target would be both
 * wasted and misleading. Officers review only the published plan (as everywhere else) and only their nation's part.
 */
@ApplicationScoped
public class PlanReviewService {
    /** How many plans' reviews (and diffs) are kept. */
    static final int CACHED = 8;

    private static final Logger LOG = Logger.getLogger(PlanReviewService.class);

    private final DataSource dataSource;
    private final PlanningService planning;
    private final CallerContext callers;
    private final Memo<Key, Loaded> plans = new Memo<>(CACHED);
    private final Memo<List<Key>, PlanDiff> diffs = new Memo<>(CACHED);

    /** A plan as it was when it last changed. */
    private record Key(long id, Instant updatedAt, long version) {
        static Key of(PlanVersion p) {
            return new Key(p.id(), p.updatedAt(), p.version());
        }
    }

    /** A stored plan turned into domain records, with its review made on first use. */
    private static final class Loaded {
        final Scenario scenario;
        final Plan plan;
        final ShipmentIds ids;
        private volatile PlanReview review;

        Loaded(Scenario scenario, Plan plan, ShipmentIds ids) {
            this.scenario = scenario;
            this.plan = plan;
            this.ids = ids;
        }

        synchronized PlanReview review(long id) {
            if (review == null) {
                long started = System.nanoTime();
                review = PlanReview.of(scenario, plan);
                LOG.debugf(
                        "plan %d: review of %d shipments made in %d ms",
                        id, scenario.shipments().size(), (System.nanoTime() - started) / 1_000_000);
            }
            return review;
        }
    }

    /** An answer about a plan, with the server ids of its shipments. */
    public record Reviewed<T>(PlanVersion plan, T value, ShipmentIds ids) {}

    /**
     * The indicators of a plan; for an officer those of his nation's shipments only, without the score.
     *
     * @param score {@code null} for officers
     * @param valid {@code null} for officers
     */
    public record KpiView(Kpis totals, PlanScore score, Boolean valid, List<Kpis> byNation, List<Kpis> byCorridor) {}

    /** What changed from {@code against} (before) to the plan (after). */
    public record DiffView(PlanVersion against, PlanDiff diff) {}

    PlanReviewService(DataSource dataSource, PlanningService planning, CallerContext callers) {
        this.dataSource = dataSource;
        this.planning = planning;
        this.callers = callers;
    }

    // ---------------------------------------------------------------- answers

    /** The plan's used departures by departure then lane; {@code lane} {@code null} for every lane. */
    public Reviewed<ResultPage<Manifest>> manifests(long id, String lane, int page, int size) {
        PlanVersion version = reviewable(id);
        Loaded loaded = load(version);
        if (lane != null
                && loaded.scenario.lanes().stream().noneMatch(l -> l.code().equals(lane))) {
            throw new UnknownReferenceException("lane", "the scenario of plan " + id + " has no lane '" + lane + "'");
        }
        List<Manifest> all = loaded.review(id).manifests().stream()
                .filter(m -> lane == null || m.lane().equals(lane))
                .toList();
        return new Reviewed<>(version, page(all, page, size), loaded.ids);
    }

    /** The TEU departing each node each UTC day, by day then node; {@code node} {@code null} for every node. */
    public List<NodeDayLoad> nodeDays(long id, String node) {
        PlanVersion version = reviewable(id);
        Loaded loaded = load(version);
        if (node != null
                && loaded.scenario.nodes().stream().noneMatch(n -> n.code().equals(node))) {
            throw new UnknownReferenceException("node", "the scenario of plan " + id + " has no node '" + node + "'");
        }
        return loaded.review(id).nodeDays().stream()
                .filter(d -> node == null || d.node().equals(node))
                .toList();
    }

    /** Every quota period with entries, by period start then quota. */
    public List<QuotaPeriodUse> quotaPeriods(long id) {
        PlanVersion version = reviewable(id);
        return load(version).review(id).quotaPeriods();
    }

    /** The indicators over all shipments, by nation and by corridor; officers get their nation's only. */
    public KpiView kpis(long id) {
        PlanVersion version = reviewable(id);
        String scope = callers.current().nationScope();
        PlanReview review = load(version).review(id);
        if (scope == null) {
            Totals totals = review.totals();
            return new KpiView(
                    totals.kpis(), totals.score(), totals.valid(), review.kpisByNation(), review.kpisByCorridor());
        }
        List<ShipmentAssignment> own = review.assignments().stream()
                .filter(a -> scope.equals(a.nation()))
                .toList();
        Kpis mine = tally(scope, own);
        return new KpiView(mine, null, null, List.of(mine), group(own, ShipmentAssignment::corridor));
    }

    /**
     * What changed from another plan to this one, each scored on its own scenario. Without {@code against}: a replan
     * is compared with its parent (the plan published when it started), any other plan with the published plan.
     */
    public Reviewed<DiffView> diff(long id, Long against) {
        PlanVersion after = reviewable(id);
        long otherId = against != null ? against : defaultAgainst(after);
        PlanVersion before = reviewable(otherId);
        Loaded was = load(before);
        Loaded now = load(after);
        PlanDiff diff = diffs.get(
                List.of(Key.of(before), Key.of(after)),
                () -> PlanDiff.between(was.scenario, was.plan, now.scenario, now.plan));
        return new Reviewed<>(after, new DiffView(before, diff), now.ids.or(was.ids));
    }

    /** Why a shipment (by server id) is where it is; another nation's shipment is not found for an officer. */
    public Reviewed<Explanation> explain(long id, long shipmentId) {
        PlanVersion version = reviewable(id);
        Loaded loaded = load(version);
        String exchangeId = loaded.ids.exchangeId(shipmentId);
        PlanReview review = loaded.review(id);
        ShipmentAssignment assignment =
                exchangeId == null ? null : review.assignment(exchangeId).orElse(null);
        if (assignment == null || !callers.current().sees(assignment.nation())) {
            throw new RecordNotFoundException("plan " + id + " has no shipment " + shipmentId);
        }
        return new Reviewed<>(version, review.explain(exchangeId), loaded.ids);
    }

    // ---------------------------------------------------------------- loading

    /**
     * The plan held against the historical figures of its drawdown scenario (air loads, containers out before the
     * road closed and stranded). Refused for a scenario without container shipments, which the replay counts by their
     * {@code CTR-} ids: the figures would all be zero and mean nothing.
     */
    public ReplayReport replay(long id) {
        PlanVersion version = reviewable(id);
        Loaded loaded = load(version);
        if (loaded.scenario.shipments().stream().noneMatch(s -> s.id().startsWith(ReplayReport.CONTAINER_PREFIX))) {
            throw new ConflictException(
                    "plan " + id + " is of scenario '" + loaded.scenario.name() + "', which has no container shipments"
                            + " (ids starting " + ReplayReport.CONTAINER_PREFIX + ") to replay",
                    List.of(new FieldProblem("scenario", "has no replay figures")));
        }
        return ReplayReport.of(loaded.scenario, loaded.plan);
    }

    /** The plan as the caller may see it, refused while it has no settled solution. */
    private PlanVersion reviewable(long id) {
        PlanVersion plan = planning.get(id);
        if (plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.SOLVING) {
            throw new ConflictException(
                    "plan " + id + " is " + plan.status() + "; it can be reviewed once its solve has ended",
                    List.of(new FieldProblem("status", "is " + plan.status())));
        }
        if (plan.score() == null) {
            throw new ConflictException(
                    "plan " + id + " has no solution to review", List.of(new FieldProblem("score", "is null")));
        }
        return plan;
    }

    private long defaultAgainst(PlanVersion plan) {
        if (plan.kind() == PlanKind.REPLAN && plan.parentId() != null) {
            return plan.parentId();
        }
        PlanVersion published = read(PlanVersionStore::published)
                .orElseThrow(() -> new InvalidInputException(
                        "against",
                        "is required: plan " + plan.id() + " is no replan with a parent, and no plan is published"));
        if (published.id() == plan.id()) {
            throw new InvalidInputException(
                    "against", "is required: plan " + plan.id() + " is the published plan itself and has no parent");
        }
        return published.id();
    }

    private Loaded load(PlanVersion version) {
        return plans.get(Key.of(version), () -> {
            long id = version.id();
            byte[] snapshot = read(c -> PlanVersionStore.snapshot(c, id))
                    .orElseThrow(() -> new RecordNotFoundException("plan " + id + " keeps no scenario"));
            List<PlannedAssignment> stored = read(c -> PlanVersionStore.allAssignments(c, id));
            Scenario scenario = ScenarioJson.read(new String(snapshot, StandardCharsets.UTF_8));
            return loaded(version, scenario, stored);
        });
    }

    /** The stored assignments as a plan of its scenario: a shipment they do not name has no legs. */
    static Loaded loaded(PlanVersion version, Scenario scenario, List<PlannedAssignment> stored) {
        Map<String, Long> ids = new HashMap<>();
        List<Assignment> assignments = new ArrayList<>(scenario.shipments().size());
        Set<String> named = new HashSet<>();
        for (PlannedAssignment a : stored) {
            ids.put(a.shipment(), a.shipmentId());
            if (named.add(a.shipment())) {
                assignments.add(new Assignment(a.shipment(), a.legs()));
            }
        }
        for (Shipment s : scenario.shipments()) {
            if (!named.contains(s.id())) {
                assignments.add(new Assignment(s.id(), List.of()));
            }
        }
        return new Loaded(scenario, new Plan(scenario.name(), version.score(), assignments), new ShipmentIds(ids));
    }

    private <T> T read(Planning.Work<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException("database failure: " + e.getMessage(), e);
            }
        });
    }

    // ---------------------------------------------------------------- figures

    private static <T> ResultPage<T> page(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new ResultPage<>(all.subList((int) from, (int) to), page, size, all.size());
    }

    private static List<Kpis> group(List<ShipmentAssignment> members, Function<ShipmentAssignment, String> key) {
        Map<String, List<ShipmentAssignment>> groups = new TreeMap<>();
        members.forEach(a ->
                groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        List<Kpis> out = new ArrayList<>(groups.size());
        groups.forEach((k, v) -> out.add(tally(k, v)));
        return out;
    }

    /** The indicators of a group of assignments, counted as the review counts them for a nation or a corridor. */
    static Kpis tally(String key, List<ShipmentAssignment> members) {
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
