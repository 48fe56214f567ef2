package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheBuiltInScenarioByName() {
        Scenario scenario = Scenarios.load("ndn-2012");
        assertThat(scenario.name()).isEqualTo("ndn-2012");
        assertThat(Scenarios.builtIn()).containsExactly("ndn-2012", "canada-2011");
        assertThat(Scenarios.load("canada-2011").name()).isEqualTo("canada-2011");
    }

    @Test
    void shouldLoadAScenarioFile() throws IOException {
        Scenario builtIn = Scenarios.load("ndn-2012");
        Path file = dir.resolve("copy.json");
        Files.writeString(file, ScenarioJson.write(builtIn));
        assertThat(Scenarios.load(file.toString())).isEqualTo(builtIn);
    }

    @Test
    void shouldNotLoadAMissingFile() {
        String missing = dir.resolve("absent.json").toString();
        assertThatThrownBy(() -> Scenarios.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("ndn-2012")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void shouldNotLoadAFileThatIsNoScenario() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"name\": \"broken\"}");
        assertThatThrownBy(() -> Scenarios.load(file.toString()))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("$.horizon");
    }

    @Test
    void shouldNotLoadNothing() {
        assertThatThrownBy(() -> Scenarios.load(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
