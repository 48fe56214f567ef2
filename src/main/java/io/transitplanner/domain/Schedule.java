package io.transitplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;

/** When a lane departs: at fixed times every day, at fixed times every week, or at listed instants (all UTC). */
public sealed interface Schedule {

    /** True when the instant is one this schedule names, whatever the horizon. */
    boolean names(Instant instant);

    /** The instants this schedule names in {@code [from, to]}, in order. */
    List<Instant> instantsBetween(Instant from, Instant to);

    /**
     * The departures of a lane with this schedule: the instants it names with
     * {@code horizon.start <= departure} and {@code departure + transitHours <= horizon.end}.
     */
    default List<Instant> departures(Horizon horizon, int transitHours) {
        Instant lastDeparture = horizon.end().minus(Duration.ofHours(transitHours));
        if (lastDeparture.isBefore(horizon.start())) {
            return List.of();
        }
        return instantsBetween(horizon.start(), lastDeparture);
    }

    /** Every day at the given times. */
    record Daily(List<LocalTime> times) implements Schedule {
        public Daily {
            times = List.copyOf(times);
        }

        @Override
        public boolean names(Instant instant) {
            ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
            return t.getSecond() == 0 && t.getNano() == 0 && times.contains(t.toLocalTime());
        }

        @Override
        public List<Instant> instantsBetween(Instant from, Instant to) {
            TreeSet<Instant> result = new TreeSet<>();
            LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate lastDay = to.atZone(ZoneOffset.UTC).toLocalDate();
            for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
                for (LocalTime time : times) {
                    Instant candidate = day.atTime(time).toInstant(ZoneOffset.UTC);
                    if (!candidate.isBefore(from) && !candidate.isAfter(to)) {
                        result.add(candidate);
                    }
                }
            }
            return List.copyOf(result);
        }
    }

    /** Every week on the given days and times. */
    record Weekly(List<WeeklySlot> slots) implements Schedule {
        public Weekly {
            slots = List.copyOf(slots);
        }

        @Override
        public boolean names(Instant instant) {
            ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
            return t.getSecond() == 0
                    && t.getNano() == 0
                    && slots.contains(new WeeklySlot(t.getDayOfWeek(), t.toLocalTime()));
        }

        @Override
        public List<Instant> instantsBetween(Instant from, Instant to) {
            TreeSet<Instant> result = new TreeSet<>();
            LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate lastDay = to.atZone(ZoneOffset.UTC).toLocalDate();
            for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
                for (WeeklySlot slot : slots) {
                    if (slot.day() == day.getDayOfWeek()) {
                        Instant candidate = day.atTime(slot.time()).toInstant(ZoneOffset.UTC);
                        if (!candidate.isBefore(from) && !candidate.isAfter(to)) {
                            result.add(candidate);
                        }
                    }
                }
            }
            return List.copyOf(result);
        }
    }

    /** At the listed instants only. */
    record At(List<Instant> instants) implements Schedule {
        public At {
            instants = List.copyOf(instants);
        }

        @Override
        public boolean names(Instant instant) {
            return instants.contains(instant);
        }

        @Override
        public List<Instant> instantsBetween(Instant from, Instant to) {
            return instants.stream()
                    .filter(i -> !i.isBefore(from) && !i.isAfter(to))
                    .sorted()
                    .distinct()
                    .toList();
        }
    }
}
