package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.testdata.Conformance;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Runs the search with every incremental score checked against a full recalculation after each move, so that a
 * constraint that forgets to undo its part on a change fails here rather than silently misleading the search. The
 * local search ends after a fixed number of steps, not a time: on a busy machine a time limit could end the solve
 * before the construction has placed every shipment, and the test would check less than it says.
 */
class IncrementalScoreTest {

    @Test
    void shouldKeepIncrementalScoresExact() {
        var problem = CandidateBuilder.build(Conformance.scenario("replan.scenario.json"), CandidateOptions.defaults());
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofMinutes(5));
        settings = settings.withSearch(settings.search().withRuinSearchProposals(500));
        SolverConfig config = SolverConfigs.fullAssert(settings);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig)
                config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
        localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(300));

        TransitSolution best =
                SolverFactory.<TransitSolution>create(config).buildSolver().solve(problem);

        assertThat(best.getScore().isSolutionInitialized()).isTrue();
        assertThat(best.getScore().hardScore()).isZero();
    }
}
