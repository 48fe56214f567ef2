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
 */
public record SearchOptions(int ruinRecreateShare, int maxRuin, boolean greedyStart, int moveThreadCount) {

    public SearchOptions {
        if (ruinRecreateShare < 0 || ruinRecreateShare > 100) {
            throw new IllegalArgumentException("ruinRecreateShare must be a percentage, 0 to 100");
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
                Integer.parseInt(SolverDefaults.MOVE_THREAD_COUNT));
    }

    /** The search of the first version: single changes only, from the solver's own construction. */
    public static SearchOptions singleChanges() {
        return new SearchOptions(0, 2, false, 1);
    }
}
