package io.transitplanner.cli;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanSummary;
import io.transitplanner.observability.PlanLogContext;
import io.transitplanner.persistence.PlanVersionStore;
import io.transitplanner.service.ConflictException;
import io.transitplanner.service.NoPublishedPlanException;
import io.transitplanner.service.Planning;
import io.transitplanner.service.RecordNotFoundException;
import io.transitplanner.solver.PlanExtractor;
import io.transitplanner.solver.SolverConfigs;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code replan [--time 60s] [--publish] [--now INSTANT] [--freeze 48h] [--seed 0]}: the batch replan. Connects to
 * PostgreSQL itself (DB_URL, DB_USER, DB_PASSWORD; no service container), takes the replan lock, replans from the
 * published plan exactly as the service does, saves the new version (and publishes it when asked), then prints the
 * score and how the plan changed. The published plan and the shipments change only in the one publishing
 * transaction, so a replan killed at any moment leaves them as they were.
 *
 * <p>Exit status: 0 done; 1 no published plan (or no scenario), or the plan is not valid; 2 bad input; 3 another
 * replan is running; 4 the database failed.
 */
public final class ReplanCommand {
    static final int NO_PUBLISHED_PLAN = 1;
    static final int BAD_INPUT = 2;
    static final int LOCKED = 3;
    static final int FAILED = 4;

    private static final Set<String> OPTIONS = Set.of("time", "now", "freeze", "seed");
    private static final Duration DEFAULT_FREEZE = Duration.ofHours(48);

    private ReplanCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        boolean publish = false;
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--publish")) {
                publish = true;
            } else {
                rest.add(a);
            }
        }
        SolverSettings settings;
        Instant now;
        Duration freeze;
        try {
            Args options = Args.parse(rest.toArray(String[]::new), OPTIONS);
            SolverSettings defaults = SolverSettings.defaults();
            settings = new SolverSettings(
                    options.duration("time", Duration.ofSeconds(60)),
                    null,
                    options.longValue("seed", defaults.randomSeed()),
                    defaults.lateAcceptanceSize(),
                    defaults.candidates());
            now = instant(options.optional("now", env.get("TRANSIT_PLANNER_PLANNING_NOW")));
            freeze = options.has("freeze")
                    ? options.duration("freeze", DEFAULT_FREEZE)
                    : env.containsKey("TRANSIT_PLANNER_PLANNING_FREEZE_WINDOW")
                            ? Duration.parse(env.get("TRANSIT_PLANNER_PLANNING_FREEZE_WINDOW"))
                            : DEFAULT_FREEZE;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        String url = env.getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env.getOrDefault("DB_USER", "postgres");
        String password = env.getOrDefault("DB_PASSWORD", "");
        Quiet.optaPlannerLogs();
        try (Connection lock = DriverManager.getConnection(url, user, password);
                Connection work = DriverManager.getConnection(url, user, password)) {
            if (!PlanVersionStore.tryReplanLock(lock)) {
                err.println("error: another replan is running; try again when it has finished");
                return LOCKED;
            }
            work.setAutoCommit(false);
            return replan(new JdbcTx(work), settings, now == null ? Instant.now() : now, freeze, publish, out, err);
        } catch (SQLException e) {
            err.println("error: the database failed: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return FAILED;
        }
    }

    private static int replan(
            JdbcTx tx,
            SolverSettings settings,
            Instant now,
            Duration freeze,
            boolean publish,
            PrintStream out,
            PrintStream err) {
        Clock clock = Clock.systemUTC();
        Planning.Job job;
        try {
            job = Planning.prepareReplan(tx, settings, createdBy(), now, freeze, Instant.now(clock));
        } catch (NoPublishedPlanException | RecordNotFoundException e) {
            err.println("error: " + e.getMessage());
            return NO_PUBLISHED_PLAN;
        } catch (ConflictException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        long id = job.plan().id();
        out.printf(
                "plan %d (version %d): replan of %d shipments from plan %d, now %s, freeze %s, at most %s%n",
                id,
                job.plan().version(),
                job.scenario().shipments().size(),
                job.plan().parentId(),
                now,
                freeze,
                settings.timeLimit());
        Planning.Saver saver = new Planning.Saver(tx, job, Duration.ofSeconds(2), clock);
        Solver<TransitSolution> solver = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver();
        solver.addEventListener(event -> saver.best(event.getNewBestSolution()));
        // A polite stop (SIGTERM, Ctrl-C) ends the search early and lets the best solution be saved.
        CountDownLatch saved = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            solver.terminateEarly();
            try {
                saved.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Plan plan;
        // The plan id on every log line of the solve and the saves (closed in the finally below).
        PlanLogContext log = PlanLogContext.of(id);
        try {
            saver.started();
            TransitSolution best = solver.solve(Planning.problem(job));
            if (!saver.finish(best, PlanStatus.READY)) {
                err.println("error: plan " + id + " was deleted during the replan (a scenario import?)");
                return FAILED;
            }
            plan = PlanExtractor.plan(best);
            if (publish) {
                tx.call(c -> {
                    PlanVersionStore.Publication p = Planning.publish(c, id, Instant.now(clock));
                    PlanVersionStore.audit(
                            c,
                            Instant.now(clock),
                            createdBy(),
                            "PUBLISH",
                            Long.toString(id),
                            "published by the replan command: " + p.planned() + " shipments now PLANNED, "
                                    + p.backToSubmitted() + " back to SUBMITTED, " + p.flagsCleared()
                                    + " replan flags cleared");
                    return p;
                });
            }
        } catch (RuntimeException e) {
            try {
                saver.fail("the replan failed: " + e.getMessage());
            } catch (RuntimeException ignored) {
                // the database is gone too; a restarted service marks the plan FAILED
            }
            err.println("error: the replan failed: " + e.getMessage());
            return FAILED;
        } finally {
            log.close();
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        Verdict verdict = PlanVerifier.verify(job.scenario(), plan);
        out.printf(
                "plan %d (version %d): %s, score %s%n",
                id, job.plan().version(), publish ? "PUBLISHED" : "READY", plan.score());
        out.print(PlanSummary.of(job.scenario(), plan).text());
        out.println(Planning.changes(job, plan).text());
        out.printf("verifier    %s; its score %s%n", verdict.valid() ? "valid" : "INVALID", verdict.score());
        return verdict.valid() && plan.score().isFeasible() ? 0 : NO_PUBLISHED_PLAN;
    }

    private static String createdBy() {
        String user = System.getProperty("user.name");
        return "replan-command" + (user == null ? "" : " (" + user + ")");
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (!text.endsWith("Z")) {
            throw new IllegalArgumentException(
                    "option --now must be an ISO-8601 UTC instant such as 2012-08-24T00:00:00Z, not '" + text + "'");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "option --now must be an ISO-8601 UTC instant such as 2012-08-24T00:00:00Z, not '" + text + "'");
        }
    }

    /** Transactions on the command's own connection: commit when the work returns, roll back when it throws. */
    private record JdbcTx(Connection c) implements Planning.Tx {
        @Override
        public synchronized <T> T call(Planning.Work<T> work) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                rollback();
                throw new IllegalStateException("database failure: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }

        private void rollback() {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; nothing was committed
            }
        }
    }
}
