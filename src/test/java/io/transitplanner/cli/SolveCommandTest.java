package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.verify.PlanVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int solve(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteAValidPlanAndASummary() throws Exception {
        Path plan = dir.resolve("plan.json");
        int status = solve(
                "solve",
                "--scenario",
                Conformance.path("small.scenario.json").toString(),
                "--out",
                plan.toString(),
                "--time",
                "3s");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err).isZero();
        assertThat(printed)
                .contains(
                        "best 0hard/",
                        "planned to their destination",
                        "on time",
                        "cost",
                        "busiest hub",
                        "verifier    valid");
        Plan written = PlanJson.read(Files.readString(plan));
        Scenario scenario = Conformance.scenario("small.scenario.json");
        assertThat(written.assignments()).hasSize(scenario.shipments().size());
        assertThat(PlanVerifier.verify(scenario, written).valid()).isTrue();
        assertThat(Files.readString(plan)).contains("\"kpis\"");
    }

    @Test
    void shouldNameTheJsonPathOfABadScenario() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad, Conformance.text("small.scenario.json").replace("\"to\": \"TRZ\"", "\"to\": \"NOWHERE\""));

        int status = solve(
                "solve",
                "--scenario",
                bad.toString(),
                "--out",
                dir.resolve("p.json").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("error: $.lanes[")
                .contains(".to: unknown node code 'NOWHERE'")
                .doesNotContain("Exception")
                .hasLineCount(1);
        assertThat(dir.resolve("p.json")).doesNotExist();
    }

    @Test
    void shouldRefuseMalformedJsonInOneLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", ");

        assertThat(solve(
                        "solve",
                        "--scenario",
                        bad.toString(),
                        "--out",
                        dir.resolve("p.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .startsWith("error: $: malformed JSON")
                .hasLineCount(1);
    }

    @Test
    void shouldRefuseBadOptions() {
        assertThat(solve("solve", "--scenario", "ndn-2012")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out is required");
        assertThat(solve("solve", "--scenario", "ndn-2012", "--out", "x.json", "--time", "soon"))
                .isEqualTo(2);
        assertThat(solve("solve", "--scenario", "/no/such/file.json", "--out", "x.json"))
                .isEqualTo(2);
        assertThat(solve("fly")).isEqualTo(2);
    }
}
