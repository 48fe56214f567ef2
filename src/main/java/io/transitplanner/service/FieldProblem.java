package io.transitplanner.service;

/**
 * One thing wrong with a request: where ({@code dueAt}, {@code $[3].teu}, {@code $.lanes[2].from}) and why.
 *
 * @param line the line of a CSV upload the problem is on (the header being line 1), or {@code null}
 */
public record FieldProblem(String field, String reason, Integer line) {
    public FieldProblem(String field, String reason) {
        this(field, reason, null);
    }
}
