package io.transitplanner.rest.dto;

import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.WeeklySlot;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "When a lane departs (UTC): exactly one of daily, weekly or at.")
public record ScheduleDto(
        @Schema(example = "[\"06:00\", \"18:00\"]", nullable = true) @Size(min = 1, max = 500)
                List<@NotNull @Pattern(regexp = Formats.DAILY, message = Formats.DAILY_TEXT) String> daily,
        @Schema(example = "[\"MON 06:00\", \"THU 06:00\"]", nullable = true) @Size(min = 1, max = 500)
                List<@NotNull @Pattern(regexp = Formats.WEEKLY, message = Formats.WEEKLY_TEXT) String> weekly,
        @Schema(nullable = true) @Size(min = 1, max = 5000) List<@NotNull Instant> at) {

    /** The forms given; a valid schedule has exactly one. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>();
        if (daily != null) {
            forms.add("daily");
        }
        if (weekly != null) {
            forms.add("weekly");
        }
        if (at != null) {
            forms.add("at");
        }
        return forms;
    }

    /** The domain schedule; call only when {@link #forms()} has exactly one entry and the entries are valid. */
    public Schedule toSchedule() {
        if (daily != null) {
            return new Schedule.Daily(daily.stream().map(LocalTime::parse).toList());
        }
        if (weekly != null) {
            return new Schedule.Weekly(weekly.stream().map(ScheduleDto::slot).toList());
        }
        return new Schedule.At(at);
    }

    public static ScheduleDto from(Schedule schedule) {
        if (schedule instanceof Schedule.Daily d) {
            return new ScheduleDto(d.times().stream().map(LocalTime::toString).toList(), null, null);
        }
        if (schedule instanceof Schedule.Weekly w) {
            return new ScheduleDto(
                    null, w.slots().stream().map(WeeklySlot::text).toList(), null);
        }
        return new ScheduleDto(null, null, ((Schedule.At) schedule).instants());
    }

    private static WeeklySlot slot(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(text.substring(0, 3))) {
                return new WeeklySlot(day, LocalTime.parse(text.substring(4)));
            }
        }
        throw new IllegalArgumentException(text);
    }
}
