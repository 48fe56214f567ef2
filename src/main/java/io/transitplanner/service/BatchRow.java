package io.transitplanner.service;

import java.util.List;

/**
 * One row of a bulk upload after reading: either a shipment whose fields passed their checks, or the problems that
 * kept it from being one.
 *
 * @param fieldPrefix put before a field name to say where it is ({@code $[3].} in a JSON array, empty in CSV)
 * @param line the CSV line (header = line 1), or {@code null} for a JSON array
 * @param shipment {@code null} when {@code problems} is not empty
 */
public record BatchRow(String fieldPrefix, Integer line, NewShipment shipment, List<FieldProblem> problems) {
    public BatchRow {
        problems = List.copyOf(problems);
    }

    public FieldProblem problem(String field, String reason) {
        return new FieldProblem(fieldPrefix + field, reason, line);
    }

    /** How a reason elsewhere names this row. */
    public String label() {
        return line != null
                ? "line " + line
                : fieldPrefix.isEmpty() ? "the row" : fieldPrefix.substring(0, fieldPrefix.length() - 1);
    }
}
