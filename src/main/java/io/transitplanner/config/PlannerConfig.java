package io.transitplanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the service solves: limits of one solve and how widely candidate itineraries are searched. */
@ConfigMapping(prefix = "transit.solver")
public interface PlannerConfig {

    /** Stop a solve after this long. */
    @WithDefault("30s")
    Duration timeLimit();

    /** Stop earlier when the best score has not improved for this long. */
    Optional<Duration> unimprovedTimeLimit();

    /** Seed of the search, so that a solve can be repeated exactly. */
    @WithDefault("0")
    long randomSeed();

    /** Steps back a late-acceptance search compares a move with. */
    @WithDefault("400")
    int lateAcceptanceSize();

    Candidates candidates();

    /** How widely itineraries are searched for each shipment. */
    interface Candidates {
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
