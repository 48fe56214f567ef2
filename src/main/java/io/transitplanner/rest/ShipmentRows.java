package io.transitplanner.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Instants;
import io.transitplanner.rest.dto.ShipmentRequest;
import io.transitplanner.rest.error.JsonProblems;
import io.transitplanner.rest.error.ViolationPaths;
import io.transitplanner.service.BatchRow;
import io.transitplanner.service.FieldProblem;
import io.transitplanner.service.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Reads the rows of a bulk upload (a JSON array or CSV) into {@link BatchRow}s, each either a checked shipment or
 * the list of what is wrong with it, so that one answer can name every bad row.
 */
final class ShipmentRows {
    /** The CSV columns; {@code nation} may be added by planners and admins. */
    static final List<String> CSV_COLUMNS = List.of(
            "reference",
            "origin",
            "destination",
            "cargoClass",
            "teu",
            "weightTons",
            "availableAt",
            "dueAt",
            "priority");

    static final String NATION_COLUMN = "nation";

    private final ObjectMapper mapper;
    private final Validator validator;

    ShipmentRows(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    // ---------------------------------------------------------------- JSON

    /** Rows of a JSON array; {@code sizeCheck} sees the number of rows before any row is read. */
    List<BatchRow> fromJson(String body, IntConsumer sizeCheck) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("$", "a JSON array of shipments is required");
        }
        JsonNode tree = mapper.reader()
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readTree(body);
        if (tree == null || !tree.isArray()) {
            throw new InvalidInputException("$", "must be a JSON array of shipments");
        }
        sizeCheck.accept(tree.size());
        List<BatchRow> rows = new ArrayList<>(tree.size());
        for (int i = 0; i < tree.size(); i++) {
            String prefix = "$[" + i + "].";
            JsonNode element = tree.get(i);
            if (!element.isObject()) {
                rows.add(new BatchRow(
                        prefix, null, null, List.of(new FieldProblem("$[" + i + "]", "must be a JSON object"))));
                continue;
            }
            ShipmentRequest request;
            try {
                request = mapper.treeToValue(element, ShipmentRequest.class);
            } catch (JsonProcessingException e) {
                rows.add(new BatchRow(
                        prefix,
                        null,
                        null,
                        List.of(new FieldProblem(prefix + JsonProblems.path(e), JsonProblems.reason(e)))));
                continue;
            }
            rows.add(checked(request, prefix, null, List.of()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- CSV

    /**
     * Rows of a CSV upload with a header line (RFC 4180 quoting). Line numbers count the header as line 1; blank
     * lines are skipped but counted.
     */
    List<BatchRow> fromCsv(String body, IntConsumer sizeCheck) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("$", "a CSV document with a header line is required");
        }
        List<Csv.Record> records = Csv.parse(body.startsWith("\uFEFF") ? body.substring(1) : body);
        Csv.Record header = records.get(0);
        Map<String, Integer> columns = header(header);
        List<Csv.Record> data = records.subList(1, records.size());
        sizeCheck.accept(data.size());
        List<BatchRow> rows = new ArrayList<>(data.size());
        for (Csv.Record record : data) {
            rows.add(row(record, columns, header.fields().size()));
        }
        return rows;
    }

    private static Map<String, Integer> header(Csv.Record header) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).trim();
            if (!CSV_COLUMNS.contains(name) && !NATION_COLUMN.equals(name)) {
                problems.add(new FieldProblem(
                        "header",
                        "unknown column '" + name + "'; the columns are " + String.join(",", CSV_COLUMNS)
                                + " (and nation for planners)",
                        header.line()));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new FieldProblem("header", "column '" + name + "' appears twice", header.line()));
            }
        }
        for (String required : CSV_COLUMNS) {
            if (!columns.containsKey(required)) {
                problems.add(new FieldProblem("header", "column '" + required + "' is missing", header.line()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the CSV header is not valid", problems);
        }
        return columns;
    }

    private BatchRow row(Csv.Record record, Map<String, Integer> columns, int width) {
        int line = record.line();
        if (record.fields().size() != width) {
            return new BatchRow(
                    "",
                    line,
                    null,
                    List.of(new FieldProblem(
                            "$", "has " + record.fields().size() + " fields; the header has " + width, line)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Cells cells = new Cells(record, columns, line, problems);
        ShipmentRequest request = new ShipmentRequest(
                cells.text("reference"),
                cells.text(NATION_COLUMN),
                cells.text("origin"),
                cells.text("destination"),
                cells.cargoClass(),
                cells.integer("teu"),
                cells.number("weightTons"),
                cells.instant("availableAt"),
                cells.instant("dueAt"),
                cells.integer("priority"));
        return checked(request, "", line, problems);
    }

    /** Bean Validation of one row, with the problems its reading already found. */
    private BatchRow checked(ShipmentRequest request, String prefix, Integer line, List<FieldProblem> readProblems) {
        List<FieldProblem> problems = new ArrayList<>(readProblems);
        List<String> unreadable = readProblems.stream().map(FieldProblem::field).toList();
        validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<ShipmentRequest> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new FieldProblem(prefix + ViolationPaths.of(v), v.getMessage(), line))
                // A cell that could not be read is null to the validator: report it once, as unreadable.
                .filter(p -> !unreadable.contains(p.field()))
                .forEach(problems::add);
        return problems.isEmpty()
                ? new BatchRow(prefix, line, request.toDraft(), List.of())
                : new BatchRow(prefix, line, null, problems);
    }

    /** Typed reading of the cells of one CSV record; an empty cell is null, an unreadable one a problem. */
    private static final class Cells {
        private final Csv.Record record;
        private final Map<String, Integer> columns;
        private final int line;
        private final List<FieldProblem> problems;

        Cells(Csv.Record record, Map<String, Integer> columns, int line, List<FieldProblem> problems) {
            this.record = record;
            this.columns = columns;
            this.line = line;
            this.problems = problems;
        }

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.fields().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        Integer integer(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(column, "'" + abbreviated(text) + "' is not an integer", line));
                return null;
            }
        }

        Double number(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldProblem(column, "'" + abbreviated(text) + "' is not a number", line));
            return null;
        }

        Instant instant(String column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return Instants.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(column, e.getMessage(), line));
                return null;
            }
        }

        CargoClass cargoClass() {
            String text = text("cargoClass");
            if (text == null) {
                return null;
            }
            try {
                return CargoClass.valueOf(text);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(
                        "cargoClass",
                        "'" + abbreviated(text) + "' is not one of "
                                + Arrays.stream(CargoClass.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")),
                        line));
                return null;
            }
        }

        private static String abbreviated(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
