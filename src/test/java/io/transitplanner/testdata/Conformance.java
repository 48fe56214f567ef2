package io.transitplanner.testdata;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The conformance pack of the planning contract, kept in the test resources so that a clean clone can test
 * against it (a test checks the copy against the shared original when that is present).
 */
public final class Conformance {
    private Conformance() {}

    public static String text(String file) {
        try (InputStream in = Conformance.class.getResourceAsStream("/conformance/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no conformance file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
