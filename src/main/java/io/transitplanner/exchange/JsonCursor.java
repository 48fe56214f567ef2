package io.transitplanner.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.transitplanner.domain.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a JSON tree while remembering the JSON path, so that every fault is
 * reported where it is. Faults are collected rather than thrown, so one reading reports all of them.
 */
final class JsonCursor {
    private final List<FormatProblem> problems;
    private final JsonNode node;
    private final String path;

    private JsonCursor(List<FormatProblem> problems, JsonNode node, String path) {
        this.problems = problems;
        this.node = node;
        this.path = path;
    }

    static JsonCursor root(JsonNode node) {
        return new JsonCursor(new ArrayList<>(), node, "$");
    }

    List<FormatProblem> problems() {
        return problems;
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    void fail(String reason) {
        problems.add(new FormatProblem(path, reason));
    }

    void fail(String field, String reason) {
        problems.add(new FormatProblem(path(field), reason));
    }

    boolean isObject() {
        if (node == null || !node.isObject()) {
            fail("must be an object");
            return false;
        }
        return true;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    JsonCursor child(String field) {
        return new JsonCursor(problems, node.get(field), path(field));
    }

    /** The elements of an array field; an absent optional field is an empty list. */
    List<JsonCursor> array(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            fail(field, "must be an array");
            return List.of();
        }
        List<JsonCursor> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new JsonCursor(problems, value.get(i), path(field) + "[" + i + "]"));
        }
        return items;
    }

    /** A string field; returns null (and records a fault when required) if absent or not a string. */
    String string(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            fail(field, "must be a string");
            return null;
        }
        if (value.asText().indexOf('\0') >= 0) {
            // PostgreSQL stores no NUL in text: a document carrying one is refused here, not by the database.
            fail(field, "must not contain NUL characters");
            return null;
        }
        return value.asText();
    }

    String string(String field, boolean required, Pattern pattern, String expected) {
        String value = string(field, required);
        if (value != null && !pattern.matcher(value).matches()) {
            fail(field, "'" + value + "' is not " + expected);
            return null;
        }
        return value;
    }

    /** This node as a string matching the pattern (for array elements). */
    String asString(Pattern pattern, String expected) {
        if (node == null || !node.isTextual()) {
            fail("must be a string");
            return null;
        }
        String value = node.asText();
        if (!pattern.matcher(value).matches()) {
            fail("'" + value + "' is not " + expected);
            return null;
        }
        return value;
    }

    /** An integer field within {@code [min, max]}, int bounds. */
    Integer integer(String field, boolean required, int min, int max) {
        Long value = longInteger(field, required, min, max);
        return value == null ? null : value.intValue();
    }

    /** An integer field that may need more than 32 bits (the parts of a score), within {@code [min, max]}. */
    Long longInteger(String field, boolean required, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (!value.isNumber() || !isIntegral(value)) {
            fail(field, "must be an integer");
            return null;
        }
        if (!value.canConvertToLong()) {
            fail(field, "is out of range");
            return null;
        }
        long v = value.asLong();
        if (v < min || v > max) {
            fail(field, rangeReason(min, max, v));
            return null;
        }
        return v;
    }

    private static boolean isIntegral(JsonNode value) {
        return value.isIntegralNumber()
                || (value.isFloatingPointNumber() && value.asDouble() == Math.rint(value.asDouble()));
    }

    /** Names the bound broken, or both where both are real (the largest and smallest int or long stand for none). */
    private static String rangeReason(long min, long max, long actual) {
        boolean noMax = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
        boolean noMin = min == Integer.MIN_VALUE || min == Long.MIN_VALUE;
        String bound = !noMin && !noMax
                ? "between " + min + " and " + max
                : actual < min ? "at least " + min : "at most " + max;
        return "must be " + bound + " (was " + actual + ")";
    }

    /** A number field within {@code [min, max]}, or above min when {@code exclusiveMin}. */
    Double number(String field, boolean required, double min, boolean exclusiveMin, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        if (!value.isNumber()) {
            fail(field, "must be a number");
            return null;
        }
        double d = value.asDouble();
        if (Double.isNaN(d) || (exclusiveMin ? d <= min : d < min) || d > max) {
            String bound = exclusiveMin ? "greater than " + min : "at least " + min;
            fail(
                    field,
                    "must be " + bound + (max < Double.MAX_VALUE ? " and at most " + max : "") + " (was " + d + ")");
            return null;
        }
        return d;
    }

    Instant instant(String field, boolean required) {
        String text = string(field, required);
        return text == null ? null : parseInstant(text, path(field));
    }

    Instant asInstant() {
        if (node == null || !node.isTextual()) {
            fail("must be a string");
            return null;
        }
        return parseInstant(node.asText(), path);
    }

    private Instant parseInstant(String text, String at) {
        try {
            return Instants.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FormatProblem(at, e.getMessage()));
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, boolean required, Class<E> type) {
        String text = string(field, required);
        return text == null ? null : parseEnum(text, type, path(field));
    }

    <E extends Enum<E>> E asEnum(Class<E> type) {
        if (node == null || !node.isTextual()) {
            fail("must be a string");
            return null;
        }
        return parseEnum(node.asText(), type, path);
    }

    private <E extends Enum<E>> E parseEnum(String text, Class<E> type, String at) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        problems.add(new FormatProblem(at, "'" + text + "' is not one of " + String.join(", ", names)));
        return null;
    }

    /** A list field whose elements are read by {@code reader}; null elements (faults) are dropped. */
    <T> List<T> list(String field, boolean required, boolean nonEmpty, Function<JsonCursor, T> reader) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        List<JsonCursor> items = array(field, required);
        if (nonEmpty && value.isArray() && items.isEmpty()) {
            fail(field, "must not be empty");
        }
        List<T> result = new ArrayList<>();
        for (JsonCursor item : items) {
            T read = reader.apply(item);
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }
}
