package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.testdata.Conformance;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Runs the search with every incremental score checked against a full recalculation after each move, so that a
 * constraint that forgets to undo its part on a change fails here rather than silently misleading the search.
 */
class IncrementalScoreTest {

    @Test
    void shouldKeepIncrementalScoresExact() {
        var problem = CandidateBuilder.build(Conformance.scenario("replan.scenario.json"), CandidateOptions.defaults());
        var config = SolverConfigs.fullAssert(SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(5)));
        TransitSolution best =
                SolverFactory.<TransitSolution>create(config).buildSolver().solve(problem);
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
    }
}
