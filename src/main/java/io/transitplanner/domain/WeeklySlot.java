package io.transitplanner.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekly departure time, such as {@code MON 06:00} (UTC). */
public record WeeklySlot(DayOfWeek day, LocalTime time) {

    /** The text form used in the exchange format. */
    public String text() {
        return day.name().substring(0, 3) + " " + time;
    }
}
