package io.transitplanner.testdata;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conformance pack of the planning contract: scenarios and plans with known verdicts. A copy is kept in the
 * test resources so that a clean clone tests against it; {@code ConformanceCopyTest} checks the copy against the
 * shared original where that is present.
 */
public final class Conformance {
    public static final Path DIR = Path.of("src", "test", "resources", "conformance");

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
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ending))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario scenario(String file) {
        return ScenarioJson.read(text(file));
    }

    public static Plan plan(String file) {
        return PlanJson.read(text(file));
    }
}
