package io.transitplanner.domain;

import java.time.Instant;

/**
 * A lowered capacity of one node or one lane during {@code [from, to)}; a node at factor 0 is closed.
 *
 * @param node the node it hits, or {@code null} when it hits a lane
 * @param lane the lane it hits, or {@code null} when it hits a node
 */
public record Disruption(String node, String lane, Instant from, Instant to, double capacityFactor, String reason) {

    public boolean onNode() {
        return node != null;
    }

    /** True when {@code from <= instant < to}. */
    public boolean holdsAt(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** True when the window overlaps {@code [start, end)}. */
    public boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && to.isAfter(start);
    }

    public boolean isClosure() {
        return capacityFactor == 0.0;
    }
}
