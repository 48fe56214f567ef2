package io.transitplanner.solver;

import io.transitplanner.exchange.ScenarioJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

class SmokeSolveTest {
    @Test
    void smoke() throws Exception {
        for (String name : new String[] {"small", "replan"}) {
            var scenario = ScenarioJson.read(Files.readString(Path.of("../shared/conformance/" + name + ".scenario.json")));
            long t0 = System.nanoTime();
            TransitSolution problem = CandidateBuilder.build(scenario, CandidateOptions.defaults());
            System.out.println(name + " built in " + (System.nanoTime() - t0) / 1_000_000 + " ms; " + CandidateBuilder.candidateStatistics(problem));
            var settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(15));
            var solver = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings)).buildSolver();
            solver.addEventListener(e -> System.out.println("  " + e.getTimeMillisSpent() + " ms " + e.getNewBestScore()));
            TransitSolution best = solver.solve(problem);
            System.out.println(name + " best " + best.getScore());
        }
    }
}
