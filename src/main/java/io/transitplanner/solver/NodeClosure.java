package io.transitplanner.solver;

import java.time.Instant;

/** A node closed during {@code [from, to)} (a node disruption with factor 0). */
public record NodeClosure(String node, Instant from, Instant to, String reason) {

    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
