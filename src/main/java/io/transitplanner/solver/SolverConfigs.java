package io.transitplanner.solver;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Builds the solver configuration in code, one place for the command line, the service and the tests. */
public final class SolverConfigs {

    private SolverConfigs() {}

    /** The score director: constraint streams on the Bavet engine (the default would silently be Drools). */
    public static ScoreDirectorFactoryConfig scoreDirector() {
        return new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(TransitConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }

    public static SolverConfig build(SolverSettings settings) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(settings.timeLimit());
        if (settings.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        }
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new ChangeMoveSelectorConfig())
                .withAcceptorConfig(
                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(settings.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        return new SolverConfig()
                .withSolutionClass(TransitSolution.class)
                .withEntityClasses(PlannedShipment.class)
                .withScoreDirectorFactory(scoreDirector())
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(construction, localSearch);
    }

    /** A configuration with every constraint checked against a full recalculation after each move (tests only). */
    public static SolverConfig fullAssert(SolverSettings settings) {
        SolverConfig config = build(settings);
        config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        return config;
    }
}
