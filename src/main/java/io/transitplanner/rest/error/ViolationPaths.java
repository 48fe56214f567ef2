package io.transitplanner.rest.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a Bean Validation property path into the field path a sender knows ({@code dueAt}, {@code transits[1]}). */
public final class ViolationPaths {
    /** Resource methods name their request body parameter so: a violation of the body itself is on "$". */
    public static final String BODY = "body";

    private ViolationPaths() {}

    public static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                if (!BODY.equals(node.getName())) {
                    path.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "")
                        .append(']');
            }
            if (kind == ElementKind.PROPERTY) {
                if (path.length() > 0 && path.charAt(path.length() - 1) != '[') {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        String result = path.toString();
        if (result.startsWith(".")) {
            result = result.substring(1);
        }
        return result.isEmpty() ? "$" : result;
    }
}
