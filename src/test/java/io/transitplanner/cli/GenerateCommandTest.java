package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioGenerator;
import io.transitplanner.exchange.ScenarioJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteAReadableScenarioFromTheBuiltInBase() throws IOException {
        Path file = dir.resolve("out/ndn-500.json");
        int code = run("generate", "--shipments", "500", "--seed", "7", "--out", file.toString());
        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("500 shipments")
                .contains(file.toString());
        Scenario written = ScenarioJson.read(Files.readString(file));
        assertThat(written.shipments()).hasSize(500);
        // the file is what the generator makes from the built-in scenario with that seed
        assertThat(written).isEqualTo(ScenarioGenerator.generate(Scenarios.load("ndn-2012"), 500, 7));
    }

    @Test
    void shouldWriteANamedSizeWithSeedOneByDefault() throws IOException {
        Path file = dir.resolve("s.json");
        assertThat(run("generate", "--size", "s", "--out", file.toString())).isZero();
        Scenario written = ScenarioJson.read(Files.readString(file));
        assertThat(written.shipments()).hasSize(200);
        assertThat(written)
                .isEqualTo(ScenarioGenerator.sized(Scenarios.load("ndn-2012"), ScenarioGenerator.Size.S, 1L));
    }

    @Test
    void shouldRefuseASizeBesideAShipmentCount() {
        assertThat(run(
                        "--size",
                        "M",
                        "--shipments",
                        "10",
                        "--seed",
                        "1",
                        "--out",
                        dir.resolve("x.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("--shipments or --size, not both");
        err.reset();
        assertThat(run("--size", "XXL", "--out", dir.resolve("x.json").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("size must be one of S, M, L, XL");
    }

    @Test
    void shouldWriteTheSameFileForTheSameArguments() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        assertThat(run("--shipments=40", "--seed=-3", "--base=ndn-2012", "--out=" + first))
                .isZero();
        assertThat(run("--shipments", "40", "--seed", "-3", "--out", second.toString()))
                .isZero();
        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    }

    @Test
    void shouldTakeTheBaseFromAFile() throws IOException {
        Path base = dir.resolve("base.json");
        Scenario small = ScenarioGenerator.generate(Scenarios.load("ndn-2012"), 20, 1);
        Files.writeString(
                base, ScenarioJson.write(small.withShipments(small.shipments().subList(0, 20))));
        Path file = dir.resolve("from-file.json");
        assertThat(run("--shipments", "30", "--seed", "2", "--base", base.toString(), "--out", file.toString()))
                .isZero();
        Scenario written = ScenarioJson.read(Files.readString(file));
        assertThat(written.name()).startsWith(small.name());
        assertThat(written.shipments()).hasSize(30);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--seed 1 --out X",
                "--shipments 10 --out X",
                "--shipments 10 --seed 1",
                "--shipments ten --seed 1 --out X",
                "--shipments 0 --seed 1 --out X",
                "--shipments -5 --seed 1 --out X",
                "--shipments 10 --seed 1.5 --out X",
                "--shipments 10 --seed 1 --out X --colour red",
                "--shipments 10 --seed 1 --out",
                "--shipments 10 --seed 1 --base nowhere/absent.json --out X",
                "--shipments 10 --seed 1 --base= --out X"
            })
    void shouldRejectBadArguments(String line) {
        Path file = dir.resolve("never.json");
        String[] args = line.replace("X", file.toString()).split(" ");
        int code = run(args);
        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("error: ").endsWith(System.lineSeparator());
        assertThat(err().strip().lines().count()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldRejectABaseFileThatIsNoScenario() throws IOException {
        Path base = dir.resolve("broken.json");
        Files.writeString(base, "{\"name\": \"broken\",\n \"nodes\": 3}");
        int code = run(
                "--shipments",
                "10",
                "--seed",
                "1",
                "--base",
                base.toString(),
                "--out",
                dir.resolve("x.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("error: base scenario");
        assertThat(err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void shouldPrintUsageOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: generate");
    }
}
