package io.transitplanner.solver;

import java.time.Duration;

/**
 * How one solve runs.
 *
 * @param timeLimit stop after this long
 * @param unimprovedTimeLimit stop earlier when the best score has not improved for this long ({@code null}: never)
 * @param randomSeed the seed of the search, so that a run can be repeated
 * @param lateAcceptanceSize how many steps back a late-acceptance search compares a move with
 * @param candidates how widely itineraries are searched for
 */
public record SolverSettings(
        Duration timeLimit,
        Duration unimprovedTimeLimit,
        long randomSeed,
        int lateAcceptanceSize,
        CandidateOptions candidates) {

    public static SolverSettings defaults() {
        return new SolverSettings(Duration.ofSeconds(30), null, 0L, 1000, CandidateOptions.defaults());
    }

    public SolverSettings withTimeLimit(Duration limit) {
        return new SolverSettings(limit, unimprovedTimeLimit, randomSeed, lateAcceptanceSize, candidates);
    }

    public SolverSettings withUnimprovedTimeLimit(Duration limit) {
        return new SolverSettings(timeLimit, limit, randomSeed, lateAcceptanceSize, candidates);
    }

    public SolverSettings withRandomSeed(long seed) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, seed, lateAcceptanceSize, candidates);
    }
}
