package io.transitplanner.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanProgress;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.PlannedAssignment;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScoreAnalysis;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.observability.SolverMetrics;
import io.transitplanner.persistence.PlanVersionStore;
import io.transitplanner.solver.PlanExtractor;
import io.transitplanner.solver.PlanLoader;
import io.transitplanner.solver.SolverPool;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import io.transitplanner.solver.justification.Described;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;

/**
 * Solve jobs and plan versions: planners start a solve or a replan, watch it, stop it, analyze and publish the plan;
 * officers read their nation's part of the published plan. Jobs and plans live in PostgreSQL; this service only
 * holds the handles of the solves running in this process.
 */
@ApplicationScoped
public class PlanningService {
    /** The failure reason of a plan whose solve a stopped process left unfinished. */
    public static final String STOPPED_REASON = "the service stopped during the solve";

    private static final Logger LOG = Logger.getLogger(PlanningService.class);
    private static final int TOP_MATCHES = 5;

    private final DataSource dataSource;
    private final SolverPool solvers;
    private final SolutionManager<TransitSolution, HardMediumSoftLongScore> solutions;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransitPlannerConfig config;
    private final ObjectMapper mapper;
    private final SolverMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    /** A solve running in this process: its job, its manager, and the replan lock's session when it is a replan. */
    private record Running(
            SolverJob<TransitSolution, Long> job,
            SolverManager<TransitSolution, Long> manager,
            Connection lock,
            CountDownLatch done) {}

    PlanningService(
            DataSource dataSource,
            SolverPool solvers,
            SolutionManager<TransitSolution, HardMediumSoftLongScore> solutions,
            CallerContext callers,
            AuditLog audit,
            TransitPlannerConfig config,
            ObjectMapper mapper,
            SolverMetrics metrics) {
        this.dataSource = dataSource;
        this.solvers = solvers;
        this.solutions = solutions;
        this.callers = callers;
        this.audit = audit;
        this.config = config;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    // ---------------------------------------------------------------- start, replan, stop

    /** Starts a solve of the live scenario; the plan is DRAFT until the solver thread takes it. */
    public PlanVersion start(PlanRequest request) {
        SolverSettings settings = settings(request);
        Planning.Job job = Planning.prepareSolve(
                this::newTransaction, settings, callers.current().subject(), now());
        LOG.infof(
                "plan %d (version %d): solve of %d shipments started by %s",
                job.plan().id(),
                job.plan().version(),
                job.scenario().shipments().size(),
                job.plan().createdBy());
        submit(job, null, false);
        return job.plan();
    }

    /**
     * Starts a solve of a what-if's scenario through the same solve job as any plan; live data is neither read nor
     * changed. {@code shipmentIds} are the server ids of the scenario's shipments in its order.
     */
    public PlanVersion startWhatIf(long whatIfId, Scenario scenario, List<Long> shipmentIds, PlanRequest request) {
        SolverSettings settings = settings(request);
        Planning.Job job = Planning.prepareWhatIf(
                this::newTransaction,
                whatIfId,
                scenario,
                shipmentIds,
                settings,
                callers.current().subject(),
                now());
        LOG.infof(
                "plan %d (version %d): solve of what-if %d (%d shipments) started by %s",
                job.plan().id(),
                job.plan().version(),
                whatIfId,
                scenario.shipments().size(),
                job.plan().createdBy());
        submit(job, null, false);
        return job.plan();
    }

    /**
     * Starts a replan from the published plan. Refused (409) while another replan runs anywhere (the PostgreSQL
     * advisory lock, held by a session of its own for the whole replan), when no plan is published, or when now
     * lies after the horizon.
     */
    public PlanVersion replan(PlanRequest request) {
        SolverSettings settings = settings(request);
        Instant replanNow =
                request.now() != null ? request.now() : config.planning().now().orElseGet(this::now);
        Duration freeze = request.freezeWindow() != null
                ? request.freezeWindow()
                : config.planning().freezeWindow();
        Connection lock = replanLock();
        try {
            Planning.Job job = Planning.prepareReplan(
                    this::newTransaction, settings, callers.current().subject(), replanNow, freeze, now());
            LOG.infof(
                    "plan %d (version %d): replan from plan %d at now=%s, freeze %s, started by %s",
                    job.plan().id(),
                    job.plan().version(),
                    job.plan().parentId(),
                    replanNow,
                    freeze,
                    job.plan().createdBy());
            submit(job, lock, request.publish());
            return job.plan();
        } catch (RuntimeException e) {
            unlock(lock);
            throw e;
        }
    }

    /** Ends a running solve early; the plan ends READY with the best solution so far. */
    public PlanVersion stop(long id) {
        PlanVersion plan = get(id);
        Running r = running.get(id);
        if (r == null) {
            throw new ConflictException(
                    "plan " + id + " is " + plan.status()
                            + (plan.status() == PlanStatus.SOLVING
                                    ? " in another process; it can only be stopped there"
                                    : "; it is not solving"),
                    List.of(new FieldProblem("status", "is " + plan.status())));
        }
        ObservedSolve.terminateEarly(r.job());
        await(r, Duration.ofSeconds(30));
        return get(id);
    }

    private Connection replanLock() {
        Connection lock = null;
        try {
            lock = dataSource.getConnection();
            if (!PlanVersionStore.tryReplanLock(lock)) {
                lock.close();
                throw new ConflictException("another replan is running; try again when it has finished");
            }
            return lock;
        } catch (SQLException e) {
            unlock(lock);
            throw new IllegalStateException("cannot take the replan lock: " + e.getMessage(), e);
        }
    }

    private static void unlock(Connection lock) {
        if (lock == null) {
            return;
        }
        try (lock) {
            if (!lock.isClosed()) {
                PlanVersionStore.releaseReplanLock(lock);
            }
        } catch (SQLException e) {
            LOG.warnf("could not release the replan lock (it goes with the session): %s", e.getMessage());
        }
    }

    private void submit(Planning.Job job, Connection lock, boolean publish) {
        long id = job.plan().id();
        SolverManager<TransitSolution, Long> manager = solvers.manager(job.settings());
        Planning.Saver saver =
                new Planning.Saver(this::newTransaction, job, config.planning().saveThrottle(), clock);
        CountDownLatch done = new CountDownLatch(1);
        Runnable release = () -> {
            running.remove(id);
            unlock(lock);
            solvers.release(manager);
            done.countDown();
        };
        ObservedSolve observed = new ObservedSolve(id, metrics);
        SolverJob<TransitSolution, Long> solverJob = manager.solveAndListen(
                id,
                observed.problem(problemId -> {
                    saver.started();
                    return Planning.problem(job);
                }),
                observed.best(saver::best),
                observed.finalBest(best -> {
                    try {
                        if (observed.ready(saver.finish(best, PlanStatus.READY))) {
                            LOG.infof("plan %d: READY, score %s", id, PlanExtractor.score(best.getScore()));
                            if (publish) {
                                publish(
                                        id,
                                        "published at the end of the replan requested by "
                                                + job.plan().createdBy());
                            }
                        }
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "plan %d: the final save failed", id);
                        saver.fail("the final save failed: " + e.getMessage());
                    } finally {
                        release.run();
                    }
                }),
                observed.failure((problemId, failure) -> {
                    try {
                        LOG.errorf(failure, "plan %d: the solve failed", id);
                        saver.fail(reason(failure));
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "plan %d: could not be marked FAILED", id);
                    } finally {
                        release.run();
                    }
                }));
        observed.attach(solverJob);
        running.put(id, new Running(solverJob, manager, lock, done));
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return "the solver failed: " + (message == null ? root.getClass().getSimpleName() : message);
    }

    private SolverSettings settings(PlanRequest request) {
        SolverSettings s = solvers.defaults();
        if (request.timeLimit() != null) {
            s = s.withTimeLimit(request.timeLimit());
        }
        if (request.seed() != null) {
            s = new SolverSettings(
                    s.timeLimit(), s.unimprovedTimeLimit(), request.seed(), s.lateAcceptanceSize(), s.candidates());
        }
        return s;
    }

    // ---------------------------------------------------------------- publish

    /** Publishes a READY plan in one transaction: the published one is superseded, shipments learn their legs. */
    public PlanVersion publish(long id) {
        publish(id, "published by " + callers.current().subject());
        return get(id);
    }

    private void publish(long id, String why) {
        newTransaction(c -> {
            PlanVersionStore.Publication p = Planning.publish(c, id, now());
            audit.record(
                    "PUBLISH",
                    "plan",
                    Long.toString(id),
                    why + ": " + p.planned() + " shipments now PLANNED, " + p.backToSubmitted() + " back to SUBMITTED, "
                            + p.flagsCleared() + " replan flags cleared");
            return p;
        });
        LOG.infof("plan %d: PUBLISHED", id);
    }

    // ---------------------------------------------------------------- read

    /** A plan; an officer sees only the published one (any other is not found). */
    public PlanVersion get(long id) {
        Caller caller = callers.current();
        PlanVersion plan = read(c -> PlanVersionStore.find(c, id)).orElseThrow(() -> notFound(id));
        if (!caller.isPrivileged()) {
            caller.nationScope();
            if (plan.status() != PlanStatus.PUBLISHED) {
                throw notFound(id);
            }
        }
        return plan;
    }

    /** Newest first; an officer's listing holds the published plan only. */
    public ResultPage<PlanVersion> list(PlanStatus status, int page, int size) {
        Caller caller = callers.current();
        if (!caller.isPrivileged()) {
            caller.nationScope();
            if (status != null && status != PlanStatus.PUBLISHED) {
                return new ResultPage<>(List.of(), page, size, 0);
            }
            return read(c -> PlanVersionStore.list(c, PlanStatus.PUBLISHED, page, size));
        }
        return read(c -> PlanVersionStore.list(c, status, page, size));
    }

    public List<PlanProgress> progress(long id) {
        get(id);
        return read(c -> PlanVersionStore.progress(c, id));
    }

    /** The assignments of a plan; an officer's are those of his nation, whatever nation he asks for. */
    public ResultPage<PlannedAssignment> assignments(long id, String nation, int page, int size) {
        get(id);
        String scope = callers.current().nationScope();
        if (scope != null && nation != null && !scope.equals(nation)) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        String filter = scope != null ? scope : nation;
        return read(c -> PlanVersionStore.assignments(c, id, filter, page, size));
    }

    /** The scenario document the plan was solved on. */
    public String scenarioDocument(long id) {
        get(id);
        return new String(
                read(c -> PlanVersionStore.snapshot(c, id))
                        .orElseThrow(() -> new RecordNotFoundException("plan " + id + " keeps no scenario")),
                StandardCharsets.UTF_8);
    }

    /** The plan in the exchange format, with the plan's own facts beside the score (officers: their nation only). */
    public String planDocument(long id) {
        PlanVersion plan = get(id);
        String scope = callers.current().nationScope();
        List<PlannedAssignment> stored =
                assignments(id, scope, 0, Integer.MAX_VALUE).items();
        Plan document = new Plan(
                plan.scenario(),
                plan.score(),
                stored.stream().map(a -> new Assignment(a.shipment(), a.legs())).toList());
        return PlanJson.write(document, root -> {
            root.put("planId", plan.id());
            root.put("version", plan.version());
            root.put("status", plan.status().name());
            if (scope == null && plan.kpis() != null) {
                root.set("kpis", mapper.valueToTree(plan.kpis()));
            }
        });
    }

    /** The stored plan's score taken apart by constraint, recomputed on the scenario it was solved on. */
    public ScoreAnalysis analyze(long id) {
        PlanVersion version = get(id);
        if (version.score() == null) {
            throw new ConflictException("plan " + id + " has no solution yet; analyze it once it has a score");
        }
        Scenario scenario = ScenarioJson.read(scenarioDocument(id));
        List<PlannedAssignment> stored = read(c -> PlanVersionStore.allAssignments(c, id));
        Plan plan = new Plan(
                version.scenario(),
                version.score(),
                stored.stream().map(a -> new Assignment(a.shipment(), a.legs())).toList());
        TransitSolution solution =
                PlanLoader.load(scenario, plan, solvers.defaults().candidates());
        var explanation = solutions.explain(solution);
        List<ScoreAnalysis.ConstraintScore> constraints = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
                explanation.getConstraintMatchTotalMap().values()) {
            List<ScoreAnalysis.Match> top = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .limit(TOP_MATCHES)
                    .map(m -> new ScoreAnalysis.Match(
                            PlanExtractor.score(m.getScore()),
                            m.getJustification() instanceof Described d
                                    ? d.description()
                                    : String.valueOf(m.getJustification())))
                    .toList();
            constraints.add(new ScoreAnalysis.ConstraintScore(
                    total.getConstraintName(),
                    PlanExtractor.score(total.getScore()),
                    total.getConstraintMatchCount(),
                    top));
        }
        constraints.sort(Comparator.comparing(ScoreAnalysis.ConstraintScore::score)
                .thenComparing(ScoreAnalysis.ConstraintScore::constraint));
        return new ScoreAnalysis(PlanExtractor.score(explanation.getScore()), constraints);
    }

    private static RecordNotFoundException notFound(long id) {
        return new RecordNotFoundException("no plan " + id);
    }

    // ---------------------------------------------------------------- process life

    void onStart(@Observes StartupEvent event) {
        recoverUnfinished();
    }

    /**
     * Marks FAILED every plan a stopped process left unfinished (a replan is spared while some process holds the
     * replan lock: a batch replan may be running beside this service). Returns the ids marked.
     */
    public List<Long> recoverUnfinished() {
        List<Long> failed = newTransaction(
                c -> PlanVersionStore.failUnfinished(c, STOPPED_REASON, now(), PlanVersionStore.replanLockHeld(c)));
        if (!failed.isEmpty()) {
            LOG.warnf("plans %s were left unfinished by a stopped process and are marked FAILED", failed);
        }
        return failed;
    }

    /** A graceful shutdown ends the running solves early and waits for their best solution to be saved (READY). */
    void onStop(@Observes ShutdownEvent event) {
        if (running.isEmpty()) {
            return;
        }
        LOG.infof("stopping %d running solves; each saves its best solution", running.size());
        List<Running> all = List.copyOf(running.values());
        all.forEach(r -> ObservedSolve.terminateEarly(r.job()));
        long deadline = System.nanoTime() + config.planning().shutdownGrace().toNanos();
        for (Running r : all) {
            await(r, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        failUnsaved(all);
    }

    /**
     * A solve whose best solution was not saved within the grace is FAILED now rather than left SOLVING until the
     * next start (a save still under way may yet make it READY; either way it is never left SOLVING).
     */
    private void failUnsaved(List<Running> all) {
        List<Long> unsaved = all.stream()
                .filter(r -> r.done().getCount() > 0)
                .map(r -> r.job().getProblemId())
                .toList();
        if (unsaved.isEmpty()) {
            return;
        }
        LOG.warnf(
                "plans %s did not save their best solution within %s and are marked FAILED",
                unsaved, config.planning().shutdownGrace());
        try {
            newTransaction(c -> {
                for (long id : unsaved) {
                    PlanVersionStore.fail(c, id, STOPPED_REASON, now());
                }
                return unsaved.size();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "plans %s could not be marked FAILED; the next start does it", unsaved);
        }
    }

    private static void await(Running r, Duration limit) {
        try {
            r.done().await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- transactions

    private Instant now() {
        return Instant.now(clock);
    }

    /** Work in a transaction of its own, on a connection enlisted in it (audit events join the same one). */
    private <T> T newTransaction(Planning.Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(work));
    }

    private <T> T read(Planning.Work<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> onConnection(work));
    }

    private <T> T onConnection(Planning.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        }
    }
}
