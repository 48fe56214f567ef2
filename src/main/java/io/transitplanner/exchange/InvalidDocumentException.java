package io.transitplanner.exchange;

import java.util.List;

/** A scenario or plan document that does not follow the exchange format; lists every fault found. */
public class InvalidDocumentException extends RuntimeException {
    private final List<FormatProblem> problems;

    public InvalidDocumentException(List<FormatProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidDocumentException(String path, String reason) {
        this(List.of(new FormatProblem(path, reason)));
    }

    public List<FormatProblem> problems() {
        return problems;
    }

    private static String summary(List<FormatProblem> problems) {
        if (problems.isEmpty()) {
            return "invalid document";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
