package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver on the conformance scenarios: it must reach the known optimal medium score, and a soft score at least
 * as good, and the independent verifier must find its plan valid with the same score to the unit.
 */
class SolverConformanceTest {

    @ParameterizedTest
    @CsvSource({"small.scenario.json, -7679, -551709", "replan.scenario.json, -7679, -574311"})
    void shouldReachTheKnownOptimum(String file, long medium, long soft) {
        Scenario scenario = Conformance.scenario(file);
        SolverConfig config = SolverConfigs.build(SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(60)));
        // stop as soon as the known optimum is reached; the time limit is only a guard
        config.getTerminationConfig().setBestScoreLimit("0hard/" + medium + "medium/" + soft + "soft");
        TransitSolution best = SolverFactory.<TransitSolution>create(config)
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, CandidateOptions.defaults()));

        Plan plan = PlanExtractor.plan(best);
        assertThat(plan.score()).isGreaterThanOrEqualTo(new PlanScore(0, medium, soft));
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.score()).isEqualTo(plan.score());
    }
}
