package io.transitplanner.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The conformance pack beside the project ({@code ../shared/conformance}): scenarios and plans with known verdicts. */
public final class Conformance {
    public static final Path DIR = Path.of("..", "shared", "conformance");

    private Conformance() {}

    public static Path path(String file) {
        return DIR.resolve(file);
    }

    public static String text(String file) {
        try {
            return Files.readString(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the pack's files ending so (".scenario.json", ".plan.json"), sorted. */
    public static List<String> files(String ending) {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
