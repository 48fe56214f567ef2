package io.transitplanner.solver;

import io.transitplanner.config.TransitPlannerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * Makes the solver beans from the service's configuration. The OptaPlanner Quarkus extension is not used: it does
 * not boot on this Quarkus version, and building the factory from {@link SolverConfigs} keeps one configuration
 * for the service, the command line and the tests.
 */
@ApplicationScoped
public class SolverProducer {

    /** The settings of one solve as the configuration gives them. */
    public static SolverSettings settings(TransitPlannerConfig.SolverSettings config) {
        TransitPlannerConfig.CandidateSettings c = config.candidates();
        return new SolverSettings(
                config.timeLimit(),
                config.unimprovedTimeLimit().orElse(null),
                config.randomSeed(),
                config.lateAcceptanceSize(),
                new CandidateOptions(
                        c.maxLegs(), c.maxPaths(), c.departureChoices(), c.maxWaitSteps(), c.maxCandidates()),
                new SearchOptions(
                        config.ruinRecreateShare(),
                        config.maxRuin(),
                        config.greedyStart(),
                        config.moveThreadCount(),
                        config.ruinSearchShare(),
                        0));
    }

    @Produces
    @Singleton
    SolverSettings solverSettings(TransitPlannerConfig config) {
        return settings(config.solver());
    }

    @Produces
    @Singleton
    SolverFactory<TransitSolution> solverFactory(SolverSettings settings) {
        return SolverFactory.create(SolverConfigs.build(settings));
    }

    @Produces
    @Singleton
    SolverManager<TransitSolution, Long> solverManager(SolverFactory<TransitSolution> factory) {
        return SolverManager.create(factory, new SolverManagerConfig());
    }

    void closeSolverManager(@Disposes SolverManager<TransitSolution, Long> manager) {
        manager.close();
    }

    @Produces
    @Singleton
    SolutionManager<TransitSolution, HardMediumSoftLongScore> solutionManager(SolverFactory<TransitSolution> factory) {
        return SolutionManager.create(factory);
    }
}
