package io.transitplanner.review;

import io.transitplanner.domain.Node;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How reasons say times, places and lists: {@code 02 Sep 13:00} (UTC), {@code Termez rail terminal (TMZ)}. */
final class Words {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("dd MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH);

    private Words() {}

    static String at(Instant instant) {
        return INSTANT.format(instant);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    static String day(Instant instant) {
        return DAY.format(instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String place(Node node, String code) {
        return node == null || node.name() == null || node.name().isBlank() ? code : node.name() + " (" + code + ")";
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    static String and(Collection<?> items) {
        List<String> words = items.stream().map(String::valueOf).toList();
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** {@code 02 Sep 13:00} for one instant, {@code from 02 Sep 13:00 to 14 Sep 08:00} for two. */
    static String span(Instant first, Instant last) {
        return first.equals(last) ? "on " + at(first) : "from " + at(first) + " to " + at(last);
    }

    /** A duration in whole hours, with days for long ones: {@code 14 h}, {@code 3 d 2 h}. */
    static String hours(long hours) {
        if (hours < 48) {
            return hours + " h";
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    static long hoursBetween(Instant from, Instant to) {
        return Duration.between(from, to).toHours();
    }
}
