package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.testdata.Conformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifyCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String conformance(String file) {
        return Conformance.path(file).toString();
    }

    @Test
    void validPlanPrintsTheReportAndExitsZero() {
        int status = run("--scenario", conformance("small.scenario.json"), "--plan", conformance("small.plan.json"));

        assertThat(status).isZero();
        assertThat(out())
                .contains("rule 1 ")
                .contains("rule 7x")
                .endsWith("valid, score 0hard/-7679medium/-551709soft\n");
        assertThat(out().lines().filter(l -> l.startsWith("rule ")).count()).isEqualTo(9);
        assertThat(err()).isEmpty();
    }

    @Test
    void invalidPlanPrintsItsViolationsAndExitsOne() {
        int status = run(
                "--scenario",
                conformance("replan.scenario.json"),
                "--plan",
                conformance("replan.invalid-pinned.plan.json"));

        assertThat(status).isEqualTo(1);
        assertThat(out())
                .containsPattern("rule 5 +pinned legs kept first \\.+ 1 violation")
                .contains("[rule 5] S0000: pinned legs are dropped")
                .contains("INVALID");
        assertThat(err()).isEmpty();
    }

    @Test
    void optionsMayBeGivenWithEqualsAndInAnyOrder() {
        int status = run(
                "--plan=" + conformance("invalid-capacity.plan.json"),
                "--scenario=" + conformance("small.scenario.json"));

        assertThat(status).isEqualTo(1);
        assertThat(out()).containsPattern("rule 6 +lane capacity \\.+ 1 violation");
    }

    @Test
    void badScenarioPrintsOneErrorLineWithItsPathAndExitsTwo() throws IOException {
        String broken =
                Conformance.text("small.scenario.json").replaceFirst("\"from\": \"OB1\"", "\"from\": \"NOWHERE\"");
        Path scenario = Files.writeString(dir.resolve("broken.scenario.json"), broken);

        int status = run("--scenario", scenario.toString(), "--plan", conformance("small.plan.json"));

        assertThat(status).isEqualTo(2);
        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: $.lanes[0].from: unknown node code 'NOWHERE'")
                .contains("broken.scenario.json"));
        assertThat(out()).isEmpty();
    }

    @Test
    void malformedPlanPrintsOneErrorLineAndExitsTwo() throws IOException {
        Path plan = Files.writeString(dir.resolve("broken.plan.json"), "{\"scenario\": \"small\",");

        int status = run("--scenario", conformance("small.scenario.json"), "--plan", plan.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: $: malformed JSON")
                .contains("in the plan"));
        assertThat(out()).isEmpty();
    }

    @Test
    void missingFileExitsTwo() {
        int status = run("--scenario", dir.resolve("absent.json").toString(), "--plan", conformance("small.plan.json"));

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("error: ").contains("absent.json").contains("cannot read");
    }

    @Test
    void missingOrUnknownArgumentsExitTwoWithUsage() {
        assertThat(run("--scenario", conformance("small.scenario.json"))).isEqualTo(2);
        assertThat(err()).contains("error: --plan is required").contains(VerifyCommand.USAGE);

        err.reset();
        assertThat(run("--scenario", "a", "--plan", "b", "--fast")).isEqualTo(2);
        assertThat(err()).contains("unknown argument '--fast'");

        err.reset();
        assertThat(run("--scenario")).isEqualTo(2);
        assertThat(err()).contains("--scenario needs a file");
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains(VerifyCommand.USAGE);
    }
}
