package io.transitplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioGenerator;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The ruin-and-recreate search on a congested network (the small conformance network with 60 generated shipments,
 * about twice what it carries on time): scores stay exact under full assertion, a seed repeats a solve, and the plan
 * is at least as good as the baseline rule's.
 */
class RuinRecreateTest {
    private static final Scenario CONGESTED =
            ScenarioGenerator.generate(Conformance.scenario("small.scenario.json"), 60, 11L);

    /** Settings whose every phase ends after a fixed amount of work, so that a seed repeats the solve exactly. */
    private static SolverConfig countedConfig(long seed, boolean fullAssert) {
        SolverSettings settings =
                SolverSettings.defaults().withTimeLimit(Duration.ofMinutes(5)).withRandomSeed(seed);
        settings = settings.withSearch(settings.search().withRuinSearchProposals(3_000));
        SolverConfig config = fullAssert ? SolverConfigs.fullAssert(settings) : SolverConfigs.build(settings);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig)
                config.getPhaseConfigList().get(config.getPhaseConfigList().size() - 1);
        localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(fullAssert ? 150 : 400));
        return config;
    }

    @Test
    void shouldKeepIncrementalScoresExactWithRuinAndRecreateMoves() {
        TransitSolution best = SolverFactory.<TransitSolution>create(countedConfig(3L, true))
                .buildSolver()
                .solve(CandidateBuilder.build(CONGESTED, CandidateOptions.defaults()));
        assertThat(best.getScore().isSolutionInitialized()).isTrue();
        Verdict verdict = PlanVerifier.verify(CONGESTED, PlanExtractor.plan(best));
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.score()).isEqualTo(PlanExtractor.plan(best).score());
    }

    @Test
    void shouldRepeatASolveForTheSameSeed() {
        Plan first = PlanExtractor.plan(SolverFactory.<TransitSolution>create(countedConfig(5L, false))
                .buildSolver()
                .solve(CandidateBuilder.build(CONGESTED, CandidateOptions.defaults())));
        Plan second = PlanExtractor.plan(SolverFactory.<TransitSolution>create(countedConfig(5L, false))
                .buildSolver()
                .solve(CandidateBuilder.build(CONGESTED, CandidateOptions.defaults())));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldPlanAtLeastAsWellAsTheBaseline() {
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(10));
        SolverFactory<TransitSolution> factory = SolverFactory.create(SolverConfigs.build(settings));
        TransitSolution baseline = BaselinePlanner.plan(CandidateBuilder.build(CONGESTED, settings.candidates()));
        SolutionManager.create(factory).update(baseline);
        // congested: the baseline leaves lateness, so there is something to gain
        assertThat(baseline.getScore().mediumScore()).isNegative();

        TransitSolution solved = factory.buildSolver().solve(CandidateBuilder.build(CONGESTED, settings.candidates()));
        Plan plan = PlanExtractor.plan(solved);
        assertThat(PlanVerifier.verify(CONGESTED, plan).valid()).isTrue();
        assertThat(solved.getScore()).isGreaterThanOrEqualTo(baseline.getScore());
    }
}
