package io.transitplanner.cli;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.FormatProblem;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code verify --scenario FILE --plan FILE}: checks a plan against the planning contract and prints the verdict
 * rule by rule. Exit status 0 when the plan is valid, 1 when it breaks a rule, 2 when the files cannot be read.
 */
public final class VerifyCommand {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: verify --scenario FILE --plan FILE";

    private VerifyCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String scenarioFile = null;
        String planFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                out.println(USAGE);
                return VALID;
            }
            if (!name.equals("--scenario") && !name.equals("--plan")) {
                return usageError(err, "unknown argument '" + arg + "'");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return usageError(err, name + " needs a file");
            }
            if (name.equals("--scenario")) {
                scenarioFile = value;
            } else {
                planFile = value;
            }
        }
        if (scenarioFile == null || planFile == null) {
            return usageError(err, (scenarioFile == null ? "--scenario" : "--plan") + " is required");
        }

        Scenario scenario;
        Plan plan;
        try {
            scenario = read(scenarioFile, "scenario", ScenarioJson::read);
            plan = read(planFile, "plan", PlanJson::read);
        } catch (BadInput e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        out.print(verdict.report());
        return verdict.valid() ? VALID : INVALID;
    }

    private static <T> T read(String file, String what, Function<String, T> reader) throws BadInput {
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new BadInput(file + ": cannot read the " + what + " file ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            return reader.apply(text);
        } catch (InvalidDocumentException e) {
            // One line, the first fault in full: enough to find it; the rest are often its consequences.
            FormatProblem first = e.problems().isEmpty()
                    ? new FormatProblem("$", "invalid document")
                    : e.problems().get(0);
            int more = e.problems().size() - 1;
            throw new BadInput(first.path() + ": " + first.reason() + " (in the " + what + " " + file
                    + (more > 0 ? ", and " + more + " more" : "") + ")");
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("error: " + message);
        err.println(USAGE);
        return BAD_INPUT;
    }

    /** A file that cannot be read or is not a valid document; its message is the error line to print. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }
}
