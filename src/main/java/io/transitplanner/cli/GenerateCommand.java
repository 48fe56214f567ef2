package io.transitplanner.cli;

import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioGenerator;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code generate --shipments N --seed S [--base ndn-2012|FILE] --out FILE}: writes a larger variant of a
 * scenario, with N reproducible random shipments, as a scenario document. {@code generate --size S|M|L|XL [--seed 1]
 * [--base ndn-2012|FILE] --out FILE} writes a named size instead: 200, 2,000, 10,000 or 50,000 shipments on a
 * 90-day horizon, on a network grown and scaled with the size ({@link ScenarioGenerator#sized}).
 *
 * <p>Exit codes: 0 when the file is written, 2 for bad arguments (including a base scenario that cannot be
 * loaded), 1 when the output cannot be written.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate (--shipments N --seed S | --size S|M|L|XL [--seed 1])"
            + " [--base ndn-2012|FILE] --out FILE";

    private GenerateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            return fail(err, 2, e.getMessage());
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        Scenario generated;
        try {
            Scenario base = Scenarios.load(options.base);
            generated = options.size != null
                    ? ScenarioGenerator.sized(base, options.size, options.seed == null ? 1L : options.seed)
                    : ScenarioGenerator.generate(base, options.shipments, options.seed);
        } catch (InvalidDocumentException e) {
            return fail(err, 2, "base scenario '" + options.base + "' is not valid: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(err, 2, e.getMessage());
        }
        try {
            Path parent = options.out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(options.out, ScenarioJson.write(generated), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(err, 1, "cannot write " + options.out + ": " + e);
        }
        out.println("wrote scenario '" + generated.name() + "' with "
                + generated.shipments().size() + " shipments to " + options.out);
        return 0;
    }

    /** One line on the error stream, however many lines the cause had. */
    private static int fail(PrintStream err, int code, String message) {
        err.println("error: " + message.replaceAll("\\R+", " "));
        return code;
    }

    private static final class Options {
        Integer shipments;
        ScenarioGenerator.Size size;
        Long seed;
        String base = Scenarios.NDN_2012;
        Path out;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            int i = 0;
            // the command name may or may not be passed on by whoever dispatches to this command
            if (args.length > 0 && "generate".equals(args[0])) {
                i = 1;
            }
            for (; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    value = arg.substring(equals + 1);
                    arg = arg.substring(0, equals);
                }
                if (arg.equals("--help") || arg.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (!arg.equals("--shipments")
                        && !arg.equals("--size")
                        && !arg.equals("--seed")
                        && !arg.equals("--base")
                        && !arg.equals("--out")) {
                    throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
                    }
                    value = args[++i];
                }
                switch (arg) {
                    case "--shipments" -> o.shipments = shipments(value);
                    case "--size" -> o.size = ScenarioGenerator.Size.of(value);
                    case "--seed" -> o.seed = seed(value);
                    case "--base" -> o.base = nonEmpty(arg, value);
                    default -> o.out = path(nonEmpty(arg, value));
                }
            }
            if (o.help) {
                return o;
            }
            if (o.shipments != null && o.size != null) {
                throw new IllegalArgumentException("give --shipments or --size, not both; " + USAGE);
            }
            if (o.shipments == null && o.size == null) {
                throw new IllegalArgumentException("--shipments or --size is required; " + USAGE);
            }
            if (o.seed == null && o.size == null) {
                throw new IllegalArgumentException("--seed is required; " + USAGE);
            }
            if (o.out == null) {
                throw new IllegalArgumentException("--out is required; " + USAGE);
            }
            return o;
        }

        private static int shipments(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n < 1) {
                    throw new IllegalArgumentException("--shipments must be at least 1, was " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--shipments must be a whole number, was '" + value + "'");
            }
        }

        private static long seed(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be a whole number, was '" + value + "'");
            }
        }

        private static String nonEmpty(String option, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(option + " must not be empty");
            }
            return value;
        }

        private static Path path(String value) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--out is not a valid path: '" + value + "'");
            }
        }
    }
}
