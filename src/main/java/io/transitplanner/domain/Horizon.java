package io.transitplanner.domain;

import java.time.Instant;
import java.util.Objects;

/** The planning window {@code [start, end)}: every chosen leg departs at or after start and arrives by end. */
public record Horizon(Instant start, Instant end) {
    public Horizon {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("horizon end must be after its start");
        }
    }

    public boolean contains(Instant departure, Instant arrival) {
        return !departure.isBefore(start) && !arrival.isAfter(end);
    }
}
