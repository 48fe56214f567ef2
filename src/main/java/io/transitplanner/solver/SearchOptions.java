package io.transitplanner.solver;

import io.transitplanner.config.SolverDefaults;

/**
 * How the search moves.
 *
 * @param ruinRecreateShare percent of the local search's moves that are ruin-and-recreate moves (0: none, only
 *     single changes)
 * @param maxRuin most shipments one ruin-and-recreate move takes out and puts back
 * @param greedyStart start from the best of a few greedy plans instead of the solver's own construction
 * @param moveThreadCount threads that evaluate moves (1: none besides the solving thread)
 * @param ruinSearchShare percent of the time limit given to the fast ruin-and-recreate search before the local
 *     search (0: none)
 * @param ruinSearchProposals when positive, that search weighs exactly this many proposals instead of running for
 *     its share of the time (so that a seed repeats a solve exactly)
 */
public record SearchOptions(
        int ruinRecreateShare,
        int maxRuin,
        boolean greedyStart,
        int moveThreadCount,
        int ruinSearchShare,
        long ruinSearchProposals) {

    public SearchOptions {
        if (ruinRecreateShare < 0 || ruinRecreateShare > 100) {
            throw new IllegalArgumentException("ruinRecreateShare must be a percentage, 0 to 100");
        }
        if (ruinSearchShare < 0 || ruinSearchShare > 100 || ruinSearchProposals < 0) {
            throw new IllegalArgumentException("ruinSearchShare must be a percentage and ruinSearchProposals >= 0");
        }
        if (maxRuin < 2 || moveThreadCount < 1) {
            throw new IllegalArgumentException("maxRuin must be at least 2 and moveThreadCount at least 1");
        }
    }

    public static SearchOptions defaults() {
        return new SearchOptions(
                Integer.parseInt(SolverDefaults.RUIN_RECREATE_SHARE),
                Integer.parseInt(SolverDefaults.MAX_RUIN),
                Boolean.parseBoolean(SolverDefaults.GREEDY_START),
                Integer.parseInt(SolverDefaults.MOVE_THREAD_COUNT),
                Integer.parseInt(SolverDefaults.RUIN_SEARCH_SHARE),
                0);
    }

    public SearchOptions withRuinSearchProposals(long count) {
        return new SearchOptions(ruinRecreateShare, maxRuin, greedyStart, moveThreadCount, ruinSearchShare, count);
    }

    public SearchOptions withMoveThreadCount(int count) {
        return new SearchOptions(ruinRecreateShare, maxRuin, greedyStart, count, ruinSearchShare, ruinSearchProposals);
    }

    /** The search of the first version: single changes only, from the solver's own construction. */
    public static SearchOptions singleChanges() {
        return new SearchOptions(0, 2, false, 1, 0, 0);
    }
}
