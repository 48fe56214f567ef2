package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.transitplanner.domain.Plan;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;

/** The solver beans the service builds from its configuration solve and explain inside the running application. */
@QuarkusTest
class SolverProducerTest {

    @Inject
    SolverManager<TransitSolution, Long> solverManager;

    @Inject
    SolutionManager<TransitSolution, HardMediumSoftLongScore> solutionManager;

    @Inject
    SolverSettings settings;

    @Test
    void shouldSolveWithTheConfiguredSolverManager() throws Exception {
        var scenario = Conformance.scenario("small.scenario.json");
        TransitSolution problem = CandidateBuilder.build(scenario, settings.candidates());

        TransitSolution best = solverManager.solve(1L, problem).getFinalBestSolution();

        Plan plan = PlanExtractor.plan(best);
        assertThat(best.getScore().hardScore()).isZero();
        assertThat(PlanVerifier.verify(scenario, plan).score()).isEqualTo(plan.score());
        var explanation = solutionManager.explain(best);
        assertThat(explanation.getConstraintMatchTotalMap().keySet())
                .anySatisfy(name -> assertThat(name).contains(TransitConstraintProvider.TRANSPORT_COST));
        assertThat(settings.timeLimit().toSeconds()).isEqualTo(10);
        // one source for each default: the service's configuration and the command line's settings agree
        assertThat(settings.search()).isEqualTo(SolverSettings.defaults().search());
        assertThat(settings.candidates()).isEqualTo(SolverSettings.defaults().candidates());
        assertThat(settings.lateAcceptanceSize())
                .isEqualTo(SolverSettings.defaults().lateAcceptanceSize());
    }
}
