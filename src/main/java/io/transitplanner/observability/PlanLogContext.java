package io.transitplanner.observability;

import org.jboss.logging.MDC;

/**
 * Puts the id of the plan being solved into the logging context (MDC key {@value #KEY}) for the current thread, so that
 * every log line of a solve carries it (a field of its own in the JSON logs). Open it on the thread that logs, in a
 * try-with-resources block; closing it restores whatever the key held before, so contexts can nest.
 *
 * <pre>{@code
 * try (var context = PlanLogContext.of(planId)) {
 *     LOG.infof("new best score %s", score);
 * }
 * }</pre>
 */
public final class PlanLogContext implements AutoCloseable {
    /** The MDC key; log queries filter on it ({@code mdc.planId} in the JSON logs). */
    public static final String KEY = "planId";

    /** The context a pooled solver thread keeps open until its next solve (see {@link #forPooledThread}). */
    private static final ThreadLocal<PlanLogContext> POOLED = new ThreadLocal<>();

    private final Object previous;
    private final Thread owner;

    private PlanLogContext(Object previous) {
        this.previous = previous;
        this.owner = Thread.currentThread();
    }

    /** Sets the key to this plan on the current thread until {@link #close()}. */
    public static PlanLogContext of(long planId) {
        return new PlanLogContext(MDC.put(KEY, Long.toString(planId)));
    }

    /**
     * Sets the key to this plan on the current thread until the next call on this thread: for a pooled thread that
     * runs one solve after another and has no hook at the end of a solve (a {@code SolverManager}'s solver thread,
     * whose only work is solves), so that the context cannot be closed where it was opened. Each call closes the
     * context of the call before, which restores the key as it was before that.
     */
    public static void forPooledThread(long planId) {
        PlanLogContext before = POOLED.get();
        if (before != null) {
            before.close();
        }
        POOLED.set(of(planId));
    }

    /** Restores the key as it was; a context closed on another thread than it was opened on is a programming error. */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a plan log context must be closed on the thread that opened it");
        }
        if (previous == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, previous);
        }
    }
}
