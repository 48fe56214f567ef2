package io.transitplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Replan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.replay.GroundRoute;
import io.transitplanner.replay.ReplayReport;
import io.transitplanner.replay.WhatIf;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * {@code replay [--scenario canada-2011|FILE] [--plan PLAN.json] [--time 60s] [--seed 0] [--json] [--out DIR]}:
 * replays the 2011 drawdown and holds it against history. Without a plan it solves three times, each building a
 * first plan in full and then searching for at most the time given:
 * without the Pakistani closure (as planned in July), then again at the closure with it added and every leg
 * departed by then pinned (the replay plan: "closure unknown"), and with the closure known from the start; it prints
 * the replay plan's figures beside the published ones and the two what-ifs side by side. With a plan it only
 * reports on that plan. {@code --json} prints the same as one JSON document instead (progress goes to standard
 * error); {@code --out} writes the three plans (and the scenario of the replan) to a directory. Exit status: 0 when every plan is valid, 1 otherwise, 2 for bad input.
 */
public final class ReplayCommand {
    private static final Set<String> OPTIONS = Set.of("scenario", "plan", "time", "seed", "out");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReplayCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = Arrays.asList(args).contains("--json");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--json")).toArray(String[]::new);
        Scenario scenario;
        Plan given = null;
        SolverSettings settings;
        Path outDir = null;
        try {
            Args options = Args.parse(rest, OPTIONS);
            SolverSettings defaults = SolverSettings.defaults();
            settings = new SolverSettings(
                    options.duration("time", java.time.Duration.ofSeconds(60)),
                    null,
                    options.longValue("seed", defaults.randomSeed()),
                    defaults.lateAcceptanceSize(),
                    defaults.candidates());
            scenario = Scenarios.load(options.optional("scenario", Scenarios.CANADA_2011));
            if (options.has("out")) {
                outDir = Path.of(options.required("out"));
                if (!Files.isDirectory(outDir)) {
                    throw new IllegalArgumentException("cannot write plans to " + outDir + ": no such directory");
                }
            }
            if (options.has("plan")) {
                Path file = Path.of(options.required("plan"));
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("no plan file '" + file + "'");
                }
                given = PlanJson.read(Files.readString(file, StandardCharsets.UTF_8));
            } else if (GroundRoute.closure(scenario).isEmpty()) {
                throw new IllegalArgumentException("scenario " + scenario.name()
                        + " has no closure of a node its ground route crosses into; nothing to replay");
            }
        } catch (InvalidDocumentException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read the plan: " + e.getMessage());
            return 2;
        }
        PrintStream progress = json ? err : out;

        if (given != null) {
            ReplayReport report = ReplayReport.of(scenario, given);
            Verdict verdict = PlanVerifier.verify(scenario, given);
            if (json) {
                ObjectNode root = JSON.createObjectNode();
                root.put("valid", verdict.valid());
                root.set("replay", JSON.valueToTree(report));
                out.println(write(root));
            } else {
                out.printf("plan of %s, %s for it%n", report.scenario(), verdict.valid() ? "valid" : "INVALID");
                out.print(report.text());
            }
            return verdict.valid() ? 0 : 1;
        }

        Quiet.optaPlannerLogs();
        Disruption closure = GroundRoute.closure(scenario).orElseThrow();
        Instant at = closure.from();
        progress.printf(
                "replay of %s: %d shipments; the ground route closes at %s (%s); three solves of at most %s, seed %d%n",
                scenario.name(),
                scenario.shipments().size(),
                at,
                closure.node(),
                settings.timeLimit(),
                settings.randomSeed());

        Scenario unaware = GroundRoute.withoutClosure(scenario);
        Plan july = solve("closure unknown: planning in July without it", unaware, settings, progress);
        Verdict julyVerdict = PlanVerifier.verify(unaware, july);

        Scenario atClosure = Replan.asOf(scenario, july, at);
        Plan replay = solve("closure unknown: replanning at the closure", atClosure, settings, progress);
        Verdict replayVerdict = PlanVerifier.verify(atClosure, replay);

        Plan known = solve("closure known from July", scenario, settings, progress);
        Verdict knownVerdict = PlanVerifier.verify(scenario, known);

        ReplayReport julyReport = ReplayReport.of(unaware, july);
        ReplayReport replayReport = ReplayReport.of(atClosure, replay);
        ReplayReport knownReport = ReplayReport.of(scenario, known);
        List<WhatIf> cases = new ArrayList<>();
        cases.add(WhatIf.of(
                "unknown, July plan",
                "solved without the closure; its legs after the closure are the plan the closure broke",
                julyReport,
                julyVerdict.valid(),
                julyReport));
        cases.add(WhatIf.of(
                "unknown, replanned",
                "the July plan replanned at the closure with it added and every departed leg pinned (the replay plan)",
                replayReport,
                replayVerdict.valid(),
                julyReport));
        cases.add(WhatIf.of(
                "closure known",
                "solved with the closure in the scenario from July",
                knownReport,
                knownVerdict.valid(),
                julyReport));
        boolean valid = julyVerdict.valid() && replayVerdict.valid() && knownVerdict.valid();
        if (outDir != null) {
            try {
                Files.writeString(outDir.resolve("july-plan.json"), PlanJson.write(july));
                Files.writeString(outDir.resolve("replay-scenario.json"), ScenarioJson.write(atClosure));
                Files.writeString(outDir.resolve("replay-plan.json"), PlanJson.write(replay));
                Files.writeString(outDir.resolve("known-plan.json"), PlanJson.write(known));
            } catch (IOException e) {
                err.println("error: cannot write the plans to " + outDir + ": " + e.getMessage());
                return 2;
            }
            progress.println("plans written to " + outDir);
        }

        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("scenario", scenario.name());
            root.put("valid", valid);
            root.set("replay", JSON.valueToTree(replayReport));
            root.set("whatIfs", JSON.valueToTree(cases));
            out.println(write(root));
        } else {
            out.println();
            out.println("The replay plan (closure unknown, replanned at the closure) beside history:");
            out.print(replayReport.text());
            out.println();
            out.println("What-ifs:");
            out.print(WhatIf.table(cases));
            if (!replayVerdict.valid()) {
                out.print(replayVerdict.report());
            }
        }
        return valid ? 0 : 1;
    }

    private static Plan solve(String what, Scenario scenario, SolverSettings settings, PrintStream progress) {
        long started = System.nanoTime();
        TransitSolution problem = CandidateBuilder.build(scenario, settings.candidates());
        TransitSolution best = Completion.completed(SolverFactory.<TransitSolution>create(constructThenSearch(settings))
                .buildSolver()
                .solve(problem));
        Plan plan = PlanExtractor.plan(best);
        progress.printf("  %-48s score %s (%.1f s)%n", what, plan.score(), (System.nanoTime() - started) / 1e9);
        return plan;
    }

    /**
     * The solver configuration with the time limit on the local search only: the first plan is always built in full,
     * however busy the machine (a plan cut short in its construction would leave shipments unplanned that are not).
     */
    private static SolverConfig constructThenSearch(SolverSettings settings) {
        SolverConfig config = SolverConfigs.build(settings);
        TerminationConfig limit = config.getTerminationConfig();
        config.setTerminationConfig(null);
        PhaseConfig<?> search =
                config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
        search.setTerminationConfig(limit);
        return config;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
