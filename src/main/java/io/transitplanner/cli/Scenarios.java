package io.transitplanner.cli;

import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Finds a scenario by the name of a built-in one or by the path of a scenario file. */
public final class Scenarios {

    /** The default scenario: the 2012 Northern Distribution Network and the Ulyanovsk hub. */
    public static final String NDN_2012 = "ndn-2012";

    /** The Canadian drawdown from Kandahar, July to December 2011, and the Pakistani border closure. */
    public static final String CANADA_2011 = "canada-2011";

    private static final List<String> BUILT_IN = List.of(NDN_2012, CANADA_2011);

    private Scenarios() {}

    /** The names {@link #load} accepts besides file paths. */
    public static List<String> builtIn() {
        return BUILT_IN;
    }

    /**
     * The built-in scenario of that name, or else the scenario in that file.
     *
     * @throws IllegalArgumentException when there is no such built-in scenario or readable file
     * @throws InvalidDocumentException when the file is not a valid scenario
     */
    public static Scenario load(String nameOrFile) {
        if (nameOrFile == null || nameOrFile.isBlank()) {
            throw new IllegalArgumentException("no scenario given (built-in: " + String.join(", ", BUILT_IN) + ")");
        }
        if (BUILT_IN.contains(nameOrFile)) {
            return ScenarioJson.read(resource("/scenarios/" + nameOrFile + ".json"));
        }
        Path path;
        try {
            path = Path.of(nameOrFile);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + nameOrFile + "' is neither a built-in scenario nor a file path");
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(
                    "no scenario file '" + nameOrFile + "' (built-in scenarios: " + String.join(", ", BUILT_IN) + ")");
        }
        try {
            return ScenarioJson.read(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario file '" + nameOrFile + "': " + e.getMessage());
        }
    }

    private static String resource(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream(name)) {
            if (in == null) {
                // the resource ships in the same jar as this class, so its absence is a broken build
                throw new IllegalStateException("built-in scenario " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
