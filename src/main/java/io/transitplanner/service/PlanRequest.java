package io.transitplanner.service;

import java.time.Duration;
import java.time.Instant;

/**
 * What a caller asks of a solve or a replan; every field may be left out ({@code null}) for the configured value.
 *
 * @param now a replan's "now" (request, else {@code transit-planner.planning.now}, else the clock)
 * @param freezeWindow a replan keeps the legs departing before now + this window
 * @param publish a replan publishes its plan when it ends READY
 */
public record PlanRequest(Duration timeLimit, Long seed, Instant now, Duration freezeWindow, boolean publish) {

    public static PlanRequest defaults() {
        return new PlanRequest(null, null, null, null, false);
    }
}
