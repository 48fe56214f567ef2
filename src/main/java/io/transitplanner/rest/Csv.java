package io.transitplanner.rest;

import io.transitplanner.service.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: comma separated, double quotes around fields that hold commas, quotes or line breaks. */
final class Csv {

    /** One record and the line it starts on (the first line is 1). */
    record Record(int line, List<String> fields) {}

    private Csv() {}

    /** Every non-blank record; the first is the header. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                fieldWasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                addUnlessBlank(records, recordLine, fields, fieldWasQuoted);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new InvalidInputException("$", "line " + recordLine + " opens a quoted field that is never closed");
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields, fieldWasQuoted);
        if (records.isEmpty()) {
            throw new InvalidInputException("$", "a CSV document with a header line is required");
        }
        return records;
    }

    private static void addUnlessBlank(List<Record> records, int line, List<String> fields, boolean quoted) {
        boolean blank = !quoted && fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
