package io.transitplanner.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the engine's own log lines out of a command's output, which prints its own progress. */
final class Quiet {
    private static final Logger OPTAPLANNER = Logger.getLogger("org.optaplanner");

    private Quiet() {}

    static void optaPlannerLogs() {
        OPTAPLANNER.setLevel(Level.WARNING);
    }
}
