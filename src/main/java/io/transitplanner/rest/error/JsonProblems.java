package io.transitplanner.rest.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.transitplanner.domain.Instants;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Says where and why Jackson could not read a body, in words for the sender: never a Java class name, never the
 * value's internals.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /** The field path ({@code teu}, {@code [3].teu}, {@code schedule.daily[0]}), or "$" for the whole body. */
    public static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    public static String reason(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return "malformed JSON" + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> target = m.getTargetType();
            if (e instanceof InvalidFormatException f && target.isEnum()) {
                return "'" + f.getValue() + "' is not one of " + constants(target);
            }
            if (e instanceof InvalidFormatException f && target == Instant.class) {
                return f.getOriginalMessage();
            }
            return "must be " + describe(target);
        }
        if (e instanceof JsonMappingException) {
            return "cannot be read: " + firstLine(e.getOriginalMessage()).replaceAll("`[^`]*`", "the value");
        }
        // Numbers out of range, too deep nesting, unexpected end of input.
        return "malformed JSON" + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage());
    }

    static String describe(Class<?> target) {
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == short.class) {
            return "an integer";
        }
        if (target == Double.class || target == double.class || target == Float.class || target == float.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Instant.class) {
            return "a string, " + Instants.FORMS;
        }
        if (target.isEnum()) {
            return "one of " + constants(target);
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
