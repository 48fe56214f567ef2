package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The constraint streams and the independent verifier are two readings of the same contract: on every conformance
 * plan (valid or not) they must agree on validity and on the medium and soft scores.
 */
class ScoreCrossCheckTest {
    private static final SolutionManager<TransitSolution, HardMediumSoftLongScore> SCORING =
            SolutionManager.create(SolverFactory.create(SolverConfigs.build(SolverSettings.defaults())));

    @ParameterizedTest
    @CsvSource({
        "small.scenario.json, small.plan.json, true",
        "small.scenario.json, invalid-capacity.plan.json, false",
        "small.scenario.json, invalid-arrival.plan.json, false",
        "small.scenario.json, invalid-schedule.plan.json, false",
        "small.scenario.json, invalid-permission.plan.json, false",
        "replan.scenario.json, replan.plan.json, true",
        "replan.scenario.json, replan.invalid-pinned.plan.json, false"
    })
    void shouldAgreeWithTheVerifier(String scenarioFile, String planFile, boolean valid) {
        Scenario scenario = Conformance.scenario(scenarioFile);
        Plan plan = Conformance.plan(planFile);

        TransitSolution loaded = PlanLoader.load(scenario, plan, CandidateOptions.defaults());
        PlanScore solverScore = PlanExtractor.score(SCORING.update(loaded));
        Verdict verdict = PlanVerifier.verify(scenario, plan);

        assertThat(verdict.valid()).as("verifier").isEqualTo(valid);
        assertThat(solverScore.isFeasible()).as("constraints: " + solverScore).isEqualTo(valid);
        assertThat(solverScore.medium()).isEqualTo(verdict.score().medium());
        assertThat(solverScore.soft()).isEqualTo(verdict.score().soft());
        if (valid) {
            assertThat(solverScore).isEqualTo(plan.score());
        }
    }
}
