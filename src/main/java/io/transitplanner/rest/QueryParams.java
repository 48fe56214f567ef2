package io.transitplanner.rest;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Instants;
import io.transitplanner.service.FieldProblem;
import io.transitplanner.service.InvalidInputException;
import java.time.Instant;
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

    /** The {@code page} of an offset listing, from 0; 0 when absent. */
    int pageNumber(String value) {
        return integer("page", value, 0, 0, Integer.MAX_VALUE / 1000);
    }

    /** The {@code size} of a listing's page, from 1 to the configured maximum; the configured default when absent. */
    int pageSize(String value, TransitPlannerConfig.ShipmentSettings limits) {
        return integer("size", value, limits.defaultPageSize(), 1, limits.maxPageSize());
    }

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
        try {
            return Instants.parse(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, e.getMessage()));
            return null;
        }
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

    /** One of a few lower-case words (a query parameter like {@code mode=replace}); {@code null} when absent. */
    String choice(String name, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (Arrays.asList(allowed).contains(text)) {
            return text;
        }
        problems.add(new FieldProblem(name, "must be one of " + String.join(", ", allowed)));
        return null;
    }

    boolean bool(String name, String value) {
        return "true".equals(choice(name, value, "true", "false"));
    }

    /** The id an opaque listing cursor stands for; {@code null} when absent. */
    Long cursor(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = Cursors.afterId(value);
        if (id == null) {
            problems.add(new FieldProblem(name, "is not a cursor of this listing (pass the `next` of a page)"));
        }
        return id;
    }

    void problem(String name, String reason) {
        problems.add(new FieldProblem(name, reason));
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
