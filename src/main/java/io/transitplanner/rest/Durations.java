package io.transitplanner.rest;

import io.transitplanner.service.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations in requests: {@code 30s}, {@code 5m}, {@code 48h}, {@code 500ms} or ISO-8601 ({@code PT30S}). */
final class Durations {

    private Durations() {}

    /** The duration, {@code null} for none; a bad one is a 400 naming the field. */
    static Duration parse(String field, String value, boolean zeroAllowed) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        try {
            Duration d;
            if (text.toUpperCase().startsWith("PT")) {
                d = Duration.parse(text);
            } else if (text.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            } else {
                long amount = Long.parseLong(text.substring(0, text.length() - 1));
                d = switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> throw new NumberFormatException();
                };
            }
            if (d.isNegative() || (d.isZero() && !zeroAllowed)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException(
                    field,
                    "must be a " + (zeroAllowed ? "" : "positive ") + "duration such as 30s, 5m, 48h or PT30S, not '"
                            + value + "'");
        }
    }
}
