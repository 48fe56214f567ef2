package io.transitplanner.solver;

import io.transitplanner.config.SolverDefaults;
import java.time.Duration;

/**
 * How one solve runs.
 *
 * @param timeLimit stop after this long
 * @param unimprovedTimeLimit stop earlier when the best score has not improved for this long ({@code null}: never)
 * @param randomSeed the seed of the search, so that a run can be repeated
 * @param lateAcceptanceSize how many steps back a late-acceptance search compares a move with
 * @param candidates how widely itineraries are searched for
 * @param search how the search moves
 */
public record SolverSettings(
        Duration timeLimit,
        Duration unimprovedTimeLimit,
        long randomSeed,
        int lateAcceptanceSize,
        CandidateOptions candidates,
        SearchOptions search) {

    /** Settings with the default search. */
    public SolverSettings(
            Duration timeLimit,
            Duration unimprovedTimeLimit,
            long randomSeed,
            int lateAcceptanceSize,
            CandidateOptions candidates) {
        this(timeLimit, unimprovedTimeLimit, randomSeed, lateAcceptanceSize, candidates, SearchOptions.defaults());
    }

    /** The defaults of {@link SolverDefaults}, the same as the service's. */
    public static SolverSettings defaults() {
        return new SolverSettings(
                Duration.parse("PT" + SolverDefaults.TIME_LIMIT.toUpperCase()),
                null,
                Long.parseLong(SolverDefaults.RANDOM_SEED),
                Integer.parseInt(SolverDefaults.LATE_ACCEPTANCE_SIZE),
                CandidateOptions.defaults(),
                SearchOptions.defaults());
    }

    public SolverSettings withTimeLimit(Duration limit) {
        return new SolverSettings(limit, unimprovedTimeLimit, randomSeed, lateAcceptanceSize, candidates, search);
    }

    public SolverSettings withUnimprovedTimeLimit(Duration limit) {
        return new SolverSettings(timeLimit, limit, randomSeed, lateAcceptanceSize, candidates, search);
    }

    public SolverSettings withRandomSeed(long seed) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, seed, lateAcceptanceSize, candidates, search);
    }

    public SolverSettings withLateAcceptanceSize(int size) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, randomSeed, size, candidates, search);
    }

    public SolverSettings withCandidates(CandidateOptions options) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, randomSeed, lateAcceptanceSize, options, search);
    }

    public SolverSettings withSearch(SearchOptions options) {
        return new SolverSettings(timeLimit, unimprovedTimeLimit, randomSeed, lateAcceptanceSize, candidates, options);
    }
}
