package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.testdata.Conformance;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/** The score calculations of a SolverManager's solve, which OptaPlanner 10 does not publish, are read all the same. */
class SolveStatisticsTest {

    @Test
    void shouldCountTheScoreCalculationsOfASolverManagersSolve() throws Exception {
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(2));
        TransitSolution problem =
                CandidateBuilder.build(Conformance.scenario("small.scenario.json"), settings.candidates());
        try (SolverManager<TransitSolution, Long> manager =
                SolverManager.create(SolverConfigs.build(settings), new SolverManagerConfig())) {
            SolverJob<TransitSolution, Long> job = manager.solve(1L, problem);
            job.getFinalBestSolution();

            long count = SolveStatistics.scoreCalculationCount(job);

            // The construction heuristic alone scores each of the 30 shipments' candidates at least once.
            assertThat(count).isGreaterThan(30);
            assertThat(job.getSolvingDuration()).isPositive();
        }
    }
}
