package io.transitplanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The service's own settings ({@code transit-planner.*} in application.properties). */
@ConfigMapping(prefix = "transit-planner")
public interface TransitPlannerConfig {

    ScenarioSettings scenario();

    ShipmentSettings shipments();

    SolverSettings solver();

    MetricsSettings metrics();

    PlanningSettings planning();

    TokenSettings tokens();

    StatisticsSettings statistics();

    /** How PostgreSQL's planner statistics are kept current ({@code transit-planner.statistics.*}). */
    interface StatisticsSettings {
        /**
         * How often tables changed by a tenth since their last analysis are analyzed again: a duration ({@code 15s}),
         * or {@code off} where autovacuum is trusted to do it.
         */
        @WithDefault("15s")
        String refresh();
    }

    /**
     * How bearer tokens already verified are remembered ({@code transit-planner.tokens.*}): checking a token's RS256
     * signature costs more than serving a listing page, and a client sends the same token with every request.
     */
    interface TokenSettings {
        /** Most verified tokens remembered at once; 0 verifies every request's token afresh. */
        @WithDefault("10000")
        int cacheSize();

        /** How long a verified token is remembered at most; its own expiry always applies too. */
        @WithDefault("5m")
        Duration cacheTtl();
    }

    /** How solve jobs and replans run ({@code transit-planner.planning.*}). */
    interface PlanningSettings {
        /** Least time between two saves of a solve's best solution; the final one is always saved. */
        @WithDefault("2s")
        Duration saveThrottle();

        /** A replan keeps every leg of the published plan that departs before now + this window. */
        @WithDefault("48h")
        Duration freezeWindow();

        /** A fixed "now" for replans (demos and tests of a past scenario); absent: the system clock. */
        Optional<Instant> now();

        /** How long a graceful shutdown waits for running solves to save their best solution. */
        @WithDefault("20s")
        Duration shutdownGrace();
    }

    interface ScenarioSettings {
        /** The classpath resource {@code POST /api/scenario/default} imports: the NDN network of 2012. */
        @WithDefault("/scenarios/ndn-2012.json")
        String defaultResource();
    }

    interface ShipmentSettings {
        /** Most rows in one bulk upload; a larger upload is refused whole (413). */
        @WithDefault("10000")
        int bulkMaxRows();

        /** Page size of a listing when the caller names none. */
        @WithDefault("50")
        int defaultPageSize();

        /** Largest page a caller may ask for. */
        @WithDefault("500")
        int maxPageSize();
    }

    interface MetricsSettings {
        /** How often the gauges of shipments and plans by status are counted again (a scrape reads the last count). */
        @WithDefault("30s")
        Duration statusRefresh();
    }

    /** How the service solves: limits of one solve, the search, and how widely candidate itineraries are searched. */
    interface SolverSettings {
        /** Stop a solve after this long. */
        @WithDefault(SolverDefaults.TIME_LIMIT)
        Duration timeLimit();

        /** Stop earlier when the best score has not improved for this long. */
        Optional<Duration> unimprovedTimeLimit();

        /** Seed of the search, so that a solve can be repeated exactly. */
        @WithDefault(SolverDefaults.RANDOM_SEED)
        long randomSeed();

        /** Steps back a late-acceptance search compares a move with (bench/quality.sh measures it). */
        @WithDefault(SolverDefaults.LATE_ACCEPTANCE_SIZE)
        int lateAcceptanceSize();

        /** Percent of the search's moves that are ruin-and-recreate moves (0: only single changes). */
        @WithDefault(SolverDefaults.RUIN_RECREATE_SHARE)
        int ruinRecreateShare();

        /** Percent of the time limit given to the fast ruin-and-recreate search that precedes the local search. */
        @WithDefault(SolverDefaults.RUIN_SEARCH_SHARE)
        int ruinSearchShare();

        /** Most shipments one ruin-and-recreate move takes out and puts back. */
        @WithDefault(SolverDefaults.MAX_RUIN)
        int maxRuin();

        /** Start the search from the best of a few greedy plans (the baseline rule in several orders). */
        @WithDefault(SolverDefaults.GREEDY_START)
        boolean greedyStart();

        /** Threads that evaluate moves (1: the solving thread alone); a seed repeats a solve for any count. */
        @WithDefault(SolverDefaults.MOVE_THREAD_COUNT)
        int moveThreadCount();

        CandidateSettings candidates();
    }

    /** How widely itineraries are searched for each shipment. */
    interface CandidateSettings {
        /** Longest route in legs. */
        @WithDefault(SolverDefaults.MAX_LEGS)
        int maxLegs();

        /** Most routes kept per shipment (half the cheapest, half the fastest). */
        @WithDefault(SolverDefaults.MAX_PATHS)
        int maxPaths();

        /** On each leg, how many of the next feasible departures may be taken. */
        @WithDefault(SolverDefaults.DEPARTURE_CHOICES)
        int departureChoices();

        /** Most later-than-earliest departures over a whole itinerary. */
        @WithDefault(SolverDefaults.MAX_WAIT_STEPS)
        int maxWaitSteps();

        /** Most candidate itineraries per shipment. */
        @WithDefault(SolverDefaults.MAX_CANDIDATES)
        int maxCandidates();
    }
}
