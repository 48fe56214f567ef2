package io.transitplanner.config;

/**
 * The one source of every solver default: the service reads them through {@link TransitPlannerConfig}'s
 * {@code @WithDefault}, the command line and the tests through {@code SolverSettings.defaults()}. The search
 * defaults are measured with {@code bench/quality.sh} (see the README, "How it searches").
 */
public final class SolverDefaults {
    public static final String TIME_LIMIT = "30s";
    public static final String RANDOM_SEED = "0";
    public static final String LATE_ACCEPTANCE_SIZE = "1000";
    public static final String RUIN_RECREATE_SHARE = "50";
    public static final String MAX_RUIN = "20";
    public static final String RUIN_SEARCH_SHARE = "80";
    public static final String GREEDY_START = "true";
    public static final String MOVE_THREAD_COUNT = "1";
    public static final String MAX_LEGS = "6";
    public static final String MAX_PATHS = "16";
    public static final String DEPARTURE_CHOICES = "3";
    public static final String MAX_WAIT_STEPS = "12";
    public static final String MAX_CANDIDATES = "400";

    private SolverDefaults() {}
}
