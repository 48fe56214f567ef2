package io.transitplanner.cli;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanSummary;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.solver.BaselinePlanner;
import io.transitplanner.solver.CandidateBuilder;
import io.transitplanner.solver.Completion;
import io.transitplanner.solver.PlanExtractor;
import io.transitplanner.solver.SolverConfigs;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * {@code solve --scenario ndn-2012|FILE --out PLAN.json [--time 30s] [--unimproved 10s] [--seed 0] [--baseline]}:
 * plans a scenario, printing the best score as it improves and a summary at the end, then writes the plan and checks
 * it with the independent verifier. With {@code --baseline} it plans by the obvious rule instead of searching
 * (earliest due date first, each on its best itinerary that still fits; see {@link BaselinePlanner}). Exit status: 0
 * for a valid plan, 1 when no valid plan was found, 2 for bad input.
 */
public final class SolveCommand {
    private static final Set<String> OPTIONS = Set.of("scenario", "out", "time", "unimproved", "seed");
    private static final Set<String> FLAGS = Set.of("baseline");

    private SolveCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Scenario scenario;
        Path outFile;
        SolverSettings settings;
        boolean baseline;
        try {
            Args options = Args.parse(args, OPTIONS, FLAGS);
            baseline = options.has("baseline");
            String source = options.required("scenario");
            outFile = Path.of(options.required("out"));
            SolverSettings defaults = SolverSettings.defaults();
            settings = defaults.withTimeLimit(options.duration("time", defaults.timeLimit()))
                    .withUnimprovedTimeLimit(options.duration("unimproved", null))
                    .withRandomSeed(options.longValue("seed", defaults.randomSeed()));
            scenario = Scenarios.load(source);
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new IllegalArgumentException("cannot write " + outFile + ": no directory " + parent);
            }
        } catch (InvalidDocumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        Quiet.optaPlannerLogs();
        long started = System.nanoTime();
        TransitSolution problem = CandidateBuilder.build(scenario, settings.candidates());
        out.printf(
                "scenario %s: %d shipments, %d nodes, %d lanes; %s (built in %d ms)%n",
                scenario.name(),
                scenario.shipments().size(),
                scenario.nodes().size(),
                scenario.lanes().size(),
                CandidateBuilder.candidateStatistics(problem),
                (System.nanoTime() - started) / 1_000_000);
        if (baseline) {
            BaselinePlanner.plan(problem);
            // the score as the solver would state it, so that the verifier checks the same claim as for a search
            SolutionManager.create(SolverFactory.<TransitSolution>create(SolverConfigs.build(settings)))
                    .update(problem);
            out.println("baseline: earliest due date first, each on its best itinerary that still fits");
            return finish(scenario, problem, 0, started, outFile, out, err);
        }
        out.printf(
                "solving for at most %s%s, seed %d%n",
                human(settings.timeLimit()),
                settings.unimprovedTimeLimit() == null
                        ? ""
                        : " (or " + human(settings.unimprovedTimeLimit()) + " without improvement)",
                settings.randomSeed());
        Solver<TransitSolution> solver = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver();
        // print an improvement at most every half second, but always when the hard or medium score moves
        long[] lastPrinted = {-1_000, Long.MIN_VALUE, Long.MIN_VALUE};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            long millis = event.getTimeMillisSpent();
            if (score.isSolutionInitialized()
                    && (millis - lastPrinted[0] >= 500
                            || score.hardScore() != lastPrinted[1]
                            || score.mediumScore() != lastPrinted[2])) {
                out.printf("  %7.1f s  best %s%n", millis / 1000.0, score);
                lastPrinted[0] = millis;
                lastPrinted[1] = score.hardScore();
                lastPrinted[2] = score.mediumScore();
            }
        });
        TransitSolution solved = solver.solve(problem);
        long unchosen = Completion.unchosen(solved);
        if (unchosen > 0) {
            out.printf("the solve stopped with %,d shipments unchosen: they stay unplanned, rescored%n", unchosen);
        }
        TransitSolution best = Completion.completed(solved);
        long speed = solver instanceof DefaultSolver<TransitSolution> engine
                ? engine.getSolverScope().getScoreCalculationSpeed()
                : 0;
        return finish(scenario, best, speed, started, outFile, out, err);
    }

    /** Writes the plan, prints its summary and the verifier's verdict; the exit status. */
    private static int finish(
            Scenario scenario,
            TransitSolution best,
            long speed,
            long started,
            Path outFile,
            PrintStream out,
            PrintStream err) {
        Plan plan = PlanExtractor.plan(best);
        PlanSummary summary = PlanSummary.of(scenario, plan);
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        try {
            Files.writeString(outFile, PlanJson.write(plan, root -> Kpis.put(root, summary)));
        } catch (IOException e) {
            err.println("error: cannot write " + outFile + ": " + e.getMessage());
            return 2;
        }
        out.printf(
                "score %s after %.1f s (%,d moves evaluated per second)%n",
                plan.score(), (System.nanoTime() - started) / 1e9, speed);
        if (best.getProposalsPerSecond() > 0) {
            out.printf("ruin and recreate: %,d proposals weighed per second%n", best.getProposalsPerSecond());
        }
        out.print(summary.text());
        boolean agrees = verdict.score().medium() == plan.score().medium()
                && verdict.score().soft() == plan.score().soft();
        out.printf(
                "verifier    %s; its score %s %s%n",
                verdict.valid() ? "valid" : "INVALID", verdict.score(), agrees ? "agrees" : "DISAGREES");
        out.println("plan written to " + outFile);
        return verdict.valid() && plan.score().isFeasible() && agrees ? 0 : 1;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
