package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Replan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * A replan after a closure, warm-started from the plan made before it, against a fresh solve of the same replan, in
 * the same time. Not part of the test run (its name does not end in Test): {@code bench/warm-start.sh} runs it with
 * the cases in {@code -Dwarm.cases=FILE@REPLAN_AT@NODE,...} and writes target/warm-start.md. Every plan is checked by
 * the independent verifier.
 */
class WarmStartBenchmark {

    @Test
    void compareWarmAndFreshReplans() throws Exception {
        Duration limit = Duration.ofSeconds(Long.getLong("warm.seconds", 20));
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(limit);
        List<String> rows = new ArrayList<>();
        rows.add(
                "| scenario | closed | before the closure | replan, warm start | replan, fresh | warm - fresh, medium (above 0: the warm start is better) |");
        rows.add("|---|---|---|---|---|---|");
        for (String spec : System.getProperty("warm.cases", "").split(",")) {
            if (spec.isBlank()) {
                continue;
            }
            String[] part = spec.split("@");
            Scenario scenario = ScenarioJson.read(Files.readString(Path.of(part[0])));
            Instant at = Instant.parse(part[1]);
            String node = part[2];
            Plan before = solve(scenario, CandidateBuilder.build(scenario, settings.candidates()), settings);
            List<Disruption> disruptions = new ArrayList<>(scenario.disruptions());
            disruptions.add(new Disruption(node, null, at, at.plus(Duration.ofDays(14)), 0.0, "benchmark closure"));
            Scenario closed = Replan.asOf(scenario.withDisruptions(disruptions), before, at);
            Plan warm = solve(closed, PlanLoader.warmStart(closed, before, settings.candidates()), settings);
            Plan fresh = solve(closed, CandidateBuilder.build(closed, settings.candidates()), settings);
            String row = String.format(
                    "| %s (%d shipments) | %s for 14 days from %s | %s | %s | %s | %,d |",
                    scenario.name(),
                    scenario.shipments().size(),
                    node,
                    at,
                    before.score(),
                    warm.score(),
                    fresh.score(),
                    warm.score().medium() - fresh.score().medium());
            System.out.println(row);
            rows.add(row);
        }
        String head = "# Warm-started replans\n\n`bench/warm-start.sh`, " + limit.toSeconds() + " s a solve, seed "
                + settings.randomSeed() + "\n\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/warm-start.md"), head + String.join("\n", rows) + "\n");
    }

    private static Plan solve(Scenario scenario, TransitSolution problem, SolverSettings settings) {
        TransitSolution solved = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver()
                .solve(problem);
        Plan plan = PlanExtractor.plan(solved);
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.score())
                .as("the verifier agrees on %s", scenario.name())
                .isEqualTo(plan.score());
        return plan;
    }
}
