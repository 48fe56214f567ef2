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
 * A solve whose time limit falls inside the construction leaves shipments without an itinerary; the constraints skip
 * them, so the solver's own score is far better than the plan's. The completed solution states the plan's score.
 */
class CompletionTest {

    @Test
    void shouldStateTheVerifiersScoreWhenTheSolveStopsInsideTheConstruction() {
        Scenario scenario = ScenarioGenerator.generate(Scenarios.load("ndn-2012"), 1_000, 3L);
        // the solver's own construction, cut after 100 ms: far from done with 1,000 shipments
        SolverSettings settings = SolverSettings.defaults()
                .withSearch(SearchOptions.singleChanges())
                .withTimeLimit(Duration.ofMillis(100));
        TransitSolution solved = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver()
                .solve(CandidateBuilder.build(scenario, CandidateOptions.defaults()));
        long unchosen = Completion.unchosen(solved);
        assertThat(unchosen).as("the construction was cut short").isPositive();
        Verdict before = PlanVerifier.verify(scenario, PlanExtractor.plan(solved));
        assertThat(solved.getScore().mediumScore())
                .as("the uncompleted score leaves the unchosen shipments out")
                .isGreaterThan(before.score().medium());

        TransitSolution completed = Completion.completed(solved);
        Plan plan = PlanExtractor.plan(completed);
        Verdict verdict = PlanVerifier.verify(scenario, plan);

        assertThat(Completion.unchosen(completed)).isZero();
        assertThat(completed.getScore().isSolutionInitialized()).isTrue();
        assertThat(verdict.score()).isEqualTo(plan.score());
        assertThat(plan.assignments().stream().filter(a -> a.legs().isEmpty()).count())
                .as("the unchosen shipments are unplanned in the plan")
                .isGreaterThanOrEqualTo(unchosen);
    }
}
