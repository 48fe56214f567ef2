package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** Builds the solver configuration in code, one place for the command line, the service and the tests. */
public final class SolverConfigs {

    private static final long ROUND_MILLIS = 500;

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
        SearchOptions search = settings.search();
        List<PhaseConfig> phases = new ArrayList<>();
        if (search.greedyStart()) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStart.class)));
        }
        // completes whatever the greedy start left open (nothing, unless it is off)
        phases.add(new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
        if (search.ruinSearchShare() > 0 || search.ruinSearchProposals() > 0) {
            phases.add(ruinSearch(settings));
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(search))
                .withAcceptorConfig(
                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(settings.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TransitSolution.class)
                .withEntityClasses(PlannedShipment.class)
                .withScoreDirectorFactory(scoreDirector())
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(phases.toArray(PhaseConfig[]::new));
        if (search.moveThreadCount() > 1) {
            config.setMoveThreadCount(Integer.toString(search.moveThreadCount()));
        }
        return config;
    }

    /**
     * The fast ruin-and-recreate search, cut into rounds of about half a second so that the solver's termination
     * (time, best score, an early stop) is checked between rounds; with a number of proposals, one round.
     */
    private static CustomPhaseConfig ruinSearch(SolverSettings settings) {
        SearchOptions search = settings.search();
        long millis = settings.timeLimit().toMillis() * search.ruinSearchShare() / 100;
        int rounds = search.ruinSearchProposals() > 0 ? 1 : (int) Math.max(1, millis / ROUND_MILLIS);
        List<Class<? extends CustomPhaseCommand>> commands = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            commands.add(RuinRecreateSearch.class);
        }
        return new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(commands)
                .withCustomProperties(Map.of(
                        "millis", Long.toString(millis / rounds),
                        "proposals", Long.toString(search.ruinSearchProposals()),
                        "seed", Long.toString(settings.randomSeed()),
                        "maxRuin", Integer.toString(search.maxRuin())));
    }

    /** Single changes of one shipment's itinerary, mixed with ruin-and-recreate moves in the configured share. */
    private static MoveSelectorConfig<?> moves(SearchOptions search) {
        if (search.ruinRecreateShare() == 0) {
            return new ChangeMoveSelectorConfig();
        }
        MoveIteratorFactoryConfig ruin = new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("maxRuin", Integer.toString(search.maxRuin())));
        ruin.setFixedProbabilityWeight((double) search.ruinRecreateShare());
        if (search.ruinRecreateShare() == 100) {
            return ruin;
        }
        ChangeMoveSelectorConfig change = new ChangeMoveSelectorConfig();
        change.setFixedProbabilityWeight((double) (100 - search.ruinRecreateShare()));
        return new UnionMoveSelectorConfig().withMoveSelectors(change, ruin);
    }

    /** A configuration with every constraint checked against a full recalculation after each move (tests only). */
    public static SolverConfig fullAssert(SolverSettings settings) {
        SolverConfig config = build(settings);
        config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        return config;
    }
}
