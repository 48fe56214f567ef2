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

    /** How the service solves: limits of one solve and how widely candidate itineraries are searched. */
    interface SolverSettings {
        /** Stop a solve after this long. */
        @WithDefault("30s")
        Duration timeLimit();

        /** Stop earlier when the best score has not improved for this long. */
        Optional<Duration> unimprovedTimeLimit();

        /** Seed of the search, so that a solve can be repeated exactly. */
        @WithDefault("0")
        long randomSeed();

        /** Steps back a late-acceptance search compares a move with (bench/solve-benchmark.sh measures it). */
        @WithDefault("1000")
        int lateAcceptanceSize();

        CandidateSettings candidates();
    }

    /** How widely itineraries are searched for each shipment. */
    interface CandidateSettings {
        /** Longest route in legs. */
        @WithDefault("6")
        int maxLegs();

        /** Most routes kept per shipment (half the cheapest, half the fastest). */
        @WithDefault("16")
        int maxPaths();

        /** On each leg, how many of the next feasible departures may be taken. */
        @WithDefault("3")
        int departureChoices();

        /** Most later-than-earliest departures over a whole itinerary. */
        @WithDefault("6")
        int maxWaitSteps();

        /** Most candidate itineraries per shipment. */
        @WithDefault("160")
        int maxCandidates();
    }
}
