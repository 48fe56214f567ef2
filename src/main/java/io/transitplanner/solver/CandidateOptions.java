package io.transitplanner.solver;

import io.transitplanner.config.SolverDefaults;

/**
 * How widely candidate itineraries are searched for each shipment.
 *
 * @param maxLegs longest route, in legs, after the pinned ones
 * @param maxPaths most routes (node sequences over lanes) kept per shipment, half the cheapest and half the fastest
 * @param departureChoices at a hub, how many of the next feasible departures may be taken (1 = always the first)
 * @param maxWaitSteps most later-than-earliest departures taken over a whole itinerary; at the origin, where cargo
 *     waits most naturally (at its own base), the whole of it may be spent on the first leg
 * @param maxCandidates most candidate itineraries per shipment (the "unplanned" choice comes on top)
 */
public record CandidateOptions(int maxLegs, int maxPaths, int departureChoices, int maxWaitSteps, int maxCandidates) {

    public static CandidateOptions defaults() {
        return new CandidateOptions(
                Integer.parseInt(SolverDefaults.MAX_LEGS),
                Integer.parseInt(SolverDefaults.MAX_PATHS),
                Integer.parseInt(SolverDefaults.DEPARTURE_CHOICES),
                Integer.parseInt(SolverDefaults.MAX_WAIT_STEPS),
                Integer.parseInt(SolverDefaults.MAX_CANDIDATES));
    }

    public CandidateOptions {
        if (maxLegs < 1 || maxPaths < 1 || departureChoices < 1 || maxWaitSteps < 0 || maxCandidates < 1) {
            throw new IllegalArgumentException("candidate options must be positive");
        }
    }
}
