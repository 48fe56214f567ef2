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
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The baseline rule on the conformance scenarios: its plan is valid, the score the solver's constraints give it is
 * the verifier's, and the search never ends worse than it.
 */
class BaselinePlannerTest {

    @ParameterizedTest
    @ValueSource(strings = {"small.scenario.json", "replan.scenario.json"})
    void shouldPlanValidlyAndNeverBeatTheSolver(String file) {
        Scenario scenario = Conformance.scenario(file);
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(5));
        SolverFactory<TransitSolution> factory = SolverFactory.create(SolverConfigs.build(settings));

        TransitSolution baseline = BaselinePlanner.plan(CandidateBuilder.build(scenario, settings.candidates()));
        SolutionManager.create(factory).update(baseline);
        Plan baselinePlan = PlanExtractor.plan(baseline);
        Verdict verdict = PlanVerifier.verify(scenario, baselinePlan);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.score()).isEqualTo(baselinePlan.score());
        assertThat(baselinePlan.assignments()).hasSize(scenario.shipments().size());

        TransitSolution solved = factory.buildSolver().solve(CandidateBuilder.build(scenario, settings.candidates()));
        PlanScore solverScore = PlanExtractor.plan(solved).score();
        assertThat(solverScore).isGreaterThanOrEqualTo(baselinePlan.score());
    }
}
