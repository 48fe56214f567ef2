package io.transitplanner.service;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.AssignmentMeasure;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanChanges;
import io.transitplanner.domain.PlanFreeze;
import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanProgress;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanSummary;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.PlannedAssignment;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.persistence.LiveScenarioReader;
import io.transitplanner.persistence.LiveScenarioReader.LiveScenario;
import io.transitplanner.persistence.PlanVersionStore;
import io.transitplanner.solver.CandidateBuilder;
import io.transitplanner.solver.PlanExtractor;
import io.transitplanner.solver.PlanLoader;
import io.transitplanner.solver.PlannedShipment;
import io.transitplanner.solver.SolverConfigs;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The steps of a solve job and a replan, the same for the service and the batch replan command: prepare (read the
 * live scenario in one repeatable-read transaction and create the plan version), build the problem, save each new
 * best solution in its own transaction, finish, publish. Each caller brings its own transactions ({@link Tx}).
 */
public final class Planning {

    /** Work on a connection inside a transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in a new transaction that commits when it returns and rolls back when it throws. */
    public interface Tx {
        <T> T call(Work<T> work);
    }

    /**
     * A prepared solve: the stored plan version, the scenario it solves (a replan's frozen legs pinned), the server
     * id of each of its shipments in order, and for a replan the published plan it starts from.
     */
    public record Job(
            PlanVersion plan,
            Scenario scenario,
            List<Long> shipmentIds,
            SolverSettings settings,
            Plan base,
            Set<String> baseDelivered) {

        public boolean isReplan() {
            return base != null;
        }
    }

    private Planning() {}

    // ---------------------------------------------------------------- prepare

    public static Job prepareSolve(Tx tx, SolverSettings settings, String createdBy, Instant now) {
        return tx.call(c -> {
            LiveScenario live = snapshot(c, now);
            PlanVersion plan = PlanVersionStore.create(
                    c, newPlan(live.scenario(), PlanKind.SOLVE, null, null, null, settings, createdBy, now), now);
            return new Job(plan, live.scenario(), live.shipmentIds(), settings, null, Set.of());
        });
    }

    /**
     * Prepares a replan from the published plan at {@code replanNow}: refused when there is no published plan or
     * when now lies after the scenario's horizon (every leg would be frozen).
     */
    public static Job prepareReplan(
            Tx tx, SolverSettings settings, String createdBy, Instant replanNow, Duration freeze, Instant now) {
        return tx.call(c -> {
            LiveScenario live = snapshot(c, now);
            PlanVersion published = PlanVersionStore.published(c)
                    .orElseThrow(() -> new NoPublishedPlanException(
                            "there is no published plan to replan from; publish a plan first"));
            if (replanNow.isAfter(live.scenario().horizon().end())) {
                throw new ConflictException(
                        "now " + replanNow + " is after the end of the scenario's horizon "
                                + live.scenario().horizon().end() + ": every leg would be frozen",
                        List.of(new FieldProblem(
                                "now",
                                "must not be after the horizon end "
                                        + live.scenario().horizon().end())));
            }
            List<PlannedAssignment> stored = PlanVersionStore.allAssignments(c, published.id());
            Plan base = new Plan(
                    published.scenario(),
                    published.score(),
                    stored.stream()
                            .map(a -> new Assignment(a.shipment(), a.legs()))
                            .toList());
            Set<String> delivered = new HashSet<>();
            stored.stream().filter(PlannedAssignment::delivered).forEach(a -> delivered.add(a.shipment()));
            Scenario frozen = PlanFreeze.pin(live.scenario(), base, PlanFreeze.cutoff(replanNow, freeze));
            PlanVersion plan = PlanVersionStore.create(
                    c,
                    newPlan(frozen, PlanKind.REPLAN, published.id(), replanNow, freeze, settings, createdBy, now),
                    now);
            return new Job(plan, frozen, live.shipmentIds(), settings, base, delivered);
        });
    }

    private static LiveScenario snapshot(Connection c, Instant now) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set transaction isolation level repeatable read");
        }
        return LiveScenarioReader.read(c, now)
                .orElseThrow(() -> new RecordNotFoundException("no scenario has been imported yet"));
    }

    private static PlanVersionStore.NewPlan newPlan(
            Scenario scenario,
            PlanKind kind,
            Long parent,
            Instant replanNow,
            Duration freeze,
            SolverSettings settings,
            String createdBy,
            Instant now) {
        return new PlanVersionStore.NewPlan(
                scenario.name(),
                kind,
                PlanStatus.DRAFT,
                parent,
                replanNow,
                freeze,
                settingsMap(settings),
                createdBy,
                now,
                scenario.shipments().size(),
                PlanVersionStore.utf8(ScenarioJson.write(scenario)));
    }

    /** The settings of a solve by name, as stored with the plan. */
    public static Map<String, Object> settingsMap(SolverSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timeLimit", s.timeLimit().toString());
        m.put(
                "unimprovedTimeLimit",
                s.unimprovedTimeLimit() == null ? null : s.unimprovedTimeLimit().toString());
        m.put("randomSeed", s.randomSeed());
        m.put("lateAcceptanceSize", s.lateAcceptanceSize());
        m.put("maxLegs", s.candidates().maxLegs());
        m.put("maxPaths", s.candidates().maxPaths());
        m.put("departureChoices", s.candidates().departureChoices());
        m.put("maxWaitSteps", s.candidates().maxWaitSteps());
        m.put("maxCandidates", s.candidates().maxCandidates());
        return m;
    }

    /** The planning problem: from scratch, or for a replan warm-started from the published plan. */
    public static TransitSolution problem(Job job) {
        return job.isReplan()
                ? PlanLoader.warmStart(
                        job.scenario(), job.base(), job.settings().candidates())
                : CandidateBuilder.build(job.scenario(), job.settings().candidates());
    }

    // ---------------------------------------------------------------- saving

    /**
     * Saves the best solutions of one solve: every improvement becomes a progress point, and the solution itself is
     * saved at most once per throttle interval, each time in its own transaction; the final save always happens.
     */
    public static final class Saver {
        private final Tx tx;
        private final Job job;
        private final Duration throttle;
        private final Clock clock;
        private final long started = System.nanoTime();
        private final List<PlanProgress> pending = new ArrayList<>();
        private PlanScore lastPoint;
        private long lastSave = Long.MIN_VALUE;
        private TransitSolution unsaved;
        private boolean gone;

        public Saver(Tx tx, Job job, Duration throttle, Clock clock) {
            this.tx = tx;
            this.job = job;
            this.throttle = throttle;
            this.clock = clock;
        }

        public long planId() {
            return job.plan().id();
        }

        /** The solve starts: the plan is SOLVING. */
        public synchronized void started() {
            gone = !tx.call(c -> PlanVersionStore.markSolving(c, planId(), Instant.now(clock)));
        }

        /** A new best solution (a clone the caller does not change again). */
        public synchronized void best(TransitSolution solution) {
            HardMediumSoftLongScore score = solution.getScore();
            if (score == null || !score.isSolutionInitialized() || gone) {
                return;
            }
            PlanScore s = PlanExtractor.score(score);
            if (!s.equals(lastPoint)) {
                pending.add(new PlanProgress(Instant.now(clock), (System.nanoTime() - started) / 1_000_000, s));
                lastPoint = s;
            }
            unsaved = solution;
            if (System.nanoTime() - lastSave >= throttle.toNanos() || lastSave == Long.MIN_VALUE) {
                save(solution, null);
            }
        }

        /** The final best solution: saved with the status given. False when the plan is gone meanwhile. */
        public synchronized boolean finish(TransitSolution solution, PlanStatus status) {
            TransitSolution last = solution != null ? solution : unsaved;
            if (gone) {
                return false;
            }
            if (last == null) {
                fail("the solver stopped before it had any solution");
                return false;
            }
            if (last.getScore() == null || !last.getScore().isSolutionInitialized()) {
                completeAsUnplanned(last, job.settings());
            }
            PlanScore s = PlanExtractor.score(last.getScore());
            if (!s.equals(lastPoint)) {
                pending.add(new PlanProgress(Instant.now(clock), (System.nanoTime() - started) / 1_000_000, s));
                lastPoint = s;
            }
            return save(last, status);
        }

        public synchronized void fail(String reason) {
            tx.call(c -> PlanVersionStore.fail(c, planId(), reason, Instant.now(clock)));
        }

        private boolean save(TransitSolution solution, PlanStatus status) {
            Plan plan = PlanExtractor.plan(solution);
            List<PlannedAssignment> assignments = assignments(job, plan);
            PlanSummary kpis = PlanSummary.of(job.scenario(), plan);
            List<PlanProgress> points = List.copyOf(pending);
            boolean saved = tx.call(c -> PlanVersionStore.saveSolution(
                    c, planId(), plan.score(), kpis, assignments, points, status, Instant.now(clock)));
            pending.clear();
            lastSave = System.nanoTime();
            unsaved = null;
            gone = !saved;
            return saved;
        }
    }

    /**
     * A solve stopped during its construction heuristic leaves some shipments without a choice: they are unplanned
     * (the choice that is always valid), and the score is computed again for the completed plan.
     */
    static void completeAsUnplanned(TransitSolution solution, SolverSettings settings) {
        for (PlannedShipment s : solution.getShipments()) {
            if (s.getItinerary() == null) {
                s.setItinerary(s.unplanned());
            }
        }
        SolutionManager.<TransitSolution, HardMediumSoftLongScore>create(
                        SolverFactory.create(SolverConfigs.build(settings)))
                .update(solution);
    }

    /** The assignments of a plan for the job's scenario, with the server ids and what each costs the score. */
    public static List<PlannedAssignment> assignments(Job job, Plan plan) {
        Map<String, AssignmentMeasure> measures = AssignmentMeasure.of(job.scenario(), plan);
        Map<String, List<io.transitplanner.domain.Leg>> legs = new LinkedHashMap<>();
        plan.assignments().forEach(a -> legs.putIfAbsent(a.shipment(), a.legs()));
        List<PlannedAssignment> result =
                new ArrayList<>(job.scenario().shipments().size());
        for (int i = 0; i < job.scenario().shipments().size(); i++) {
            Shipment s = job.scenario().shipments().get(i);
            AssignmentMeasure m = measures.get(s.id());
            result.add(new PlannedAssignment(
                    job.shipmentIds().get(i),
                    s.id(),
                    s.nation(),
                    legs.getOrDefault(s.id(), List.of()),
                    m.delivered(),
                    m.eta(),
                    m.lateHours(),
                    m.weightedLateness(),
                    m.costUsd()));
        }
        return result;
    }

    /** How the plan of a replan differs from the published plan it started from. */
    public static PlanChanges changes(Job job, Plan next) {
        Set<String> delivered = new HashSet<>();
        AssignmentMeasure.of(job.scenario(), next).forEach((id, m) -> {
            if (m.delivered()) {
                delivered.add(id);
            }
        });
        return PlanChanges.between(job.base(), job.baseDelivered(), next, delivered);
    }

    // ---------------------------------------------------------------- publish

    /**
     * Publishes a READY plan on the connection's transaction (the caller's one transaction): refused with a
     * conflict for a plan in any other status.
     */
    public static PlanVersionStore.Publication publish(Connection c, long id, Instant now) throws SQLException {
        PlanStatus status =
                PlanVersionStore.lockStatus(c, id).orElseThrow(() -> new RecordNotFoundException("no plan " + id));
        if (status != PlanStatus.READY) {
            throw new ConflictException(
                    "plan " + id + " is " + status + "; only a READY plan can be published",
                    List.of(new FieldProblem("status", "is " + status + ", must be READY")));
        }
        return PlanVersionStore.publish(c, id, now);
    }
}
