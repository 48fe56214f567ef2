package io.transitplanner.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of the form {@code --name value}; a fault is an {@link IllegalArgumentException} with a one-line reason. */
final class Args {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Args() {}

    static Args parse(String[] args, Set<String> known) {
        return parse(args, known, Set.of());
    }

    /** Options with a value ({@code known}) and options without one ({@code flags}, e.g. {@code --baseline}). */
    static Args parse(String[] args, Set<String> known, Set<String> flags) {
        Args parsed = new Args();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.startsWith("--") && flags.contains(name.substring(2))) {
                if (!parsed.flags.add(name.substring(2))) {
                    throw new IllegalArgumentException("option " + name + " is given twice");
                }
                continue;
            }
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                List<String> all = new ArrayList<>(known);
                all.addAll(flags);
                throw new IllegalArgumentException("unknown option '" + name + "' (options: --"
                        + String.join(", --", all.stream().sorted().toList()) + ")");
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            if (parsed.values.put(name.substring(2), args[++i]) != null) {
                throw new IllegalArgumentException("option " + name + " is given twice");
            }
        }
        return parsed;
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name);
    }

    long longValue(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** A duration such as {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms} or {@code PT30S}. */
    Duration duration(String name, Duration fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            Duration d;
            if (value.toUpperCase().startsWith("PT")) {
                d = Duration.parse(value);
            } else if (value.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                d = switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> throw new NumberFormatException();
                };
            }
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("option --" + name + " must be a positive duration such as 30s, 5m or"
                    + " 1h, not '" + value + "'");
        }
    }
}
