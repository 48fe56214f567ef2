package io.transitplanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares JSON documents as trees: same fields, same order of array elements, numbers by value (1 = 1.0). */
public final class JsonTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonTrees() {}

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Fails with the path of every difference. */
    public static void assertEquivalent(JsonNode actual, JsonNode expected) {
        List<String> differences = new ArrayList<>();
        compare("$", actual, expected, differences);
        assertThat(differences).as("differences between the documents").isEmpty();
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, List<String> differences) {
        if (actual.isNumber() && expected.isNumber()) {
            if (actual.decimalValue().compareTo(expected.decimalValue()) != 0) {
                differences.add(path + ": " + actual + " instead of " + expected);
            }
        } else if (actual.isObject() && expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    differences.add(path + "." + field.getKey() + ": missing");
                } else {
                    compare(path + "." + field.getKey(), other, field.getValue(), differences);
                }
            }
            for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!expected.has(name)) {
                    differences.add(path + "." + name + ": unexpected " + actual.get(name));
                }
            }
        } else if (actual.isArray() && expected.isArray()) {
            if (actual.size() != expected.size()) {
                differences.add(path + ": " + actual.size() + " elements instead of " + expected.size());
            }
            for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(i), differences);
            }
        } else if (!actual.equals(expected)) {
            differences.add(path + ": " + actual + " instead of " + expected);
        }
    }
}
