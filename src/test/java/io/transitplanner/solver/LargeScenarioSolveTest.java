package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.cli.Scenarios;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioGenerator;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The generated L scenario (10,000 shipments, seed 1) solved for a few seconds: the plan is valid and the verifier
 * computes the score the solver states. Only validity and honesty are asserted; how good and how fast is measured by
 * bench/solver-scale.sh, not here.
 */
class LargeScenarioSolveTest {

    @Test
    void shouldPlanTheLargeScenarioValidlyAndStateTheVerifiersScore() {
        Scenario scenario = ScenarioGenerator.sized(Scenarios.load("ndn-2012"), ScenarioGenerator.Size.L, 1L);
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(5));
        TransitSolution best = Completion.completed(SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, settings.candidates())));
        Plan plan = PlanExtractor.plan(best);

        Verdict verdict = PlanVerifier.verify(scenario, plan);

        assertThat(verdict.violations()).isEmpty();
        assertThat(plan.score().hard()).isZero();
        assertThat(verdict.score()).isEqualTo(plan.score());
        assertThat(plan.assignments()).hasSize(10_000);
    }
}
