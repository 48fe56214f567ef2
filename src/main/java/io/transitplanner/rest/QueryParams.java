package io.transitplanner.rest;

import io.transitplanner.service.FieldProblem;
import io.transitplanner.service.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads query parameters by hand: JAX-RS answers an unconvertible query parameter with 404, where a sender deserves
 * 400 and the name of the parameter.
 */
final class QueryParams {
    private final List<FieldProblem> problems = new ArrayList<>();

    int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                problems.add(new FieldProblem(name, "must be between " + min + " and " + max));
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "must be an integer"));
            return defaultValue;
        }
    }

    Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "must be an integer"));
            return null;
        }
    }

    Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.endsWith("Z")) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem(name, "must be an ISO-8601 UTC instant such as 2012-08-01T06:00:00Z"));
        return null;
    }

    <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(
                    name,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** {@code true} or {@code false}; absent is false. */
    boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.trim();
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        problems.add(new FieldProblem(name, "must be true or false"));
        return false;
    }

    String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Throws the problems found so far, if any. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("query parameters are not valid", problems);
        }
    }
}
