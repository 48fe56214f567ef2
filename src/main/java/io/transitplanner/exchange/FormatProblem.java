package io.transitplanner.exchange;

/** One fault in a document: where (a JSON path such as {@code $.lanes[3].from}) and why. */
public record FormatProblem(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
