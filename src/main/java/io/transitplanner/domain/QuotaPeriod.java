package io.transitplanner.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The period over which a quota caps entries: an ISO week (Monday 00:00 UTC) or a UTC calendar month. */
public enum QuotaPeriod {
    WEEK,
    MONTH;

    /** The start of the period that holds the given instant. */
    public Instant periodStart(Instant instant) {
        ZonedDateTime day = instant.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .toInstant();
            case MONTH -> day.withDayOfMonth(1).toInstant();
        };
    }
}
