package io.transitplanner.cli;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.solver.CandidateBuilder;
import io.transitplanner.solver.CandidateCoverage;
import io.transitplanner.solver.SolverSettings;
import io.transitplanner.solver.TransitSolution;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code coverage --scenario FILE --plan PLAN.json}: how many of the plan's itineraries are among the candidates the
 * solver builds for the scenario (with its default settings), so that a plan made elsewhere can be told reachable.
 * Exit status 0, or 2 for bad input.
 */
final class CoverageCommand {
    private static final Set<String> OPTIONS = Set.of("scenario", "plan");

    private CoverageCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Scenario scenario;
        Plan plan;
        try {
            Args options = Args.parse(args, OPTIONS);
            scenario = Scenarios.load(options.required("scenario"));
            Path file = Path.of(options.required("plan"));
            plan = PlanJson.read(Files.readString(file));
        } catch (InvalidDocumentException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read the plan: " + e.getMessage());
            return 2;
        }
        TransitSolution problem =
                CandidateBuilder.build(scenario, SolverSettings.defaults().candidates());
        CandidateCoverage coverage = CandidateCoverage.of(problem, plan);
        out.printf(
                "coverage %d of %d itineraries (%.1f%%) are candidates; %s%n",
                coverage.covered(),
                coverage.total(),
                coverage.percent(),
                CandidateBuilder.candidateStatistics(problem));
        if (!coverage.missing().isEmpty()) {
            out.println("not candidates: " + String.join(", ", coverage.missing()));
        }
        return 0;
    }
}
