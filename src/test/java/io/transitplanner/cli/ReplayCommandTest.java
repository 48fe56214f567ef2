package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.replay.GroundRoute;
import io.transitplanner.replay.ReplayReport;
import io.transitplanner.verify.PlanVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short replay of canada-2011 (a first plan built in full, then one second of search, three times): its plans
 * are valid per the independent verifier, and its figures are what a plain recount of the plan finds.
 */
class ReplayCommandTest {
    private static final Instant CLOSURE = Instant.parse("2011-11-26T00:00:00Z");

    @TempDir
    static Path dir;

    private static int status;
    private static String printed;
    private static Scenario scenario;
    private static Scenario atClosure;
    private static Plan replay;

    @BeforeAll
    static void replayOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        status = Main.run(
                new String[] {"replay", "--time", "1s", "--out", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        scenario = Scenarios.load("canada-2011");
        atClosure = ScenarioJson.read(Files.readString(dir.resolve("replay-scenario.json")));
        replay = PlanJson.read(Files.readString(dir.resolve("replay-plan.json")));
    }

    @Test
    void shouldPrintTheTableBesideHistoryAndTheWhatIfs() {
        assertThat(status).as(printed).isZero();
        assertThat(printed)
                .contains(
                        "beside history",
                        "air loads",
                        "491",
                        "left Afghanistan before the closure",
                        "186",
                        "446",
                        "closure known",
                        "unknown, replanned",
                        "more than planned without the closure");
    }

    @Test
    void shouldMakeValidPlansForTheScenariosTheyWereMadeFor() throws IOException {
        Plan july = PlanJson.read(Files.readString(dir.resolve("july-plan.json")));
        Plan known = PlanJson.read(Files.readString(dir.resolve("known-plan.json")));
        assertThat(PlanVerifier.verify(GroundRoute.withoutClosure(scenario), july)
                        .valid())
                .isTrue();
        assertThat(PlanVerifier.verify(atClosure, replay).valid()).isTrue();
        assertThat(PlanVerifier.verify(scenario, known).valid()).isTrue();
        assertThat(replay.assignments()).hasSize(scenario.shipments().size());
    }

    @Test
    void shouldReplanWithTheClosureAndTheDepartedLegsPinned() throws IOException {
        Plan july = PlanJson.read(Files.readString(dir.resolve("july-plan.json")));
        assertThat(atClosure.horizon().start()).isEqualTo(CLOSURE);
        assertThat(atClosure.disruptions()).anySatisfy(d -> assertThat(d.node()).isEqualTo("CMN"));
        Map<String, List<Leg>> julyLegs = legs(july);
        Map<String, List<Leg>> replayLegs = legs(replay);
        for (Shipment s : atClosure.shipments()) {
            List<Leg> departed = julyLegs.get(s.id()).stream()
                    .filter(l -> l.departure().isBefore(CLOSURE))
                    .toList();
            assertThat(s.pinnedLegs()).as(s.id()).isEqualTo(departed);
            assertThat(replayLegs.get(s.id()).subList(0, departed.size()))
                    .as(s.id())
                    .isEqualTo(departed);
        }
    }

    @Test
    void shouldReportWhatARecountOfTheReplayPlanFinds() {
        ReplayReport report = ReplayReport.of(atClosure, replay);
        Map<String, Lane> lanes = new HashMap<>();
        atClosure.lanes().forEach(l -> lanes.put(l.code(), l));
        Map<String, Set<Instant>> flights = new HashMap<>();
        int out = 0;
        int flownBefore = 0;
        int ground = 0;
        Map<String, List<Leg>> legs = legs(replay);
        for (Shipment s : atClosure.shipments()) {
            for (Leg leg : legs.get(s.id())) {
                Lane lane = lanes.get(leg.lane());
                if (lane.mode() == Mode.AIR && lane.from().equals("KAF")) {
                    String aircraft = leg.lane().substring(leg.lane().lastIndexOf('-') + 1);
                    flights.computeIfAbsent(aircraft, a -> new HashSet<>()).add(leg.departure());
                }
            }
            if (s.id().startsWith("CTR-G-")) {
                ground += s.teu();
                List<Leg> own = legs.get(s.id());
                boolean crossedBefore = own.stream()
                        .anyMatch(l ->
                                l.lane().equals("SBD-CMN-ROAD") && l.departure().isBefore(CLOSURE));
                boolean flownBeforeClosure = !own.isEmpty()
                        && own.get(0).lane().startsWith("KAF-")
                        && lanes.get(own.get(0).lane()).mode() == Mode.AIR
                        && own.get(0).departure().isBefore(CLOSURE)
                        && lanes.get(own.get(own.size() - 1).lane()).to().equals("MTL");
                out += crossedBefore ? s.teu() : 0;
                flownBefore += flownBeforeClosure ? s.teu() : 0;
            }
        }
        int cc177 = flights.getOrDefault("CC177", Set.of()).size();
        int cc130j = flights.getOrDefault("CC130J", Set.of()).size();
        int antonov = flights.getOrDefault("AN124", Set.of()).size();

        assertThat(report.airLoadsTotal()).isEqualTo(cc177 + cc130j + antonov).isPositive();
        assertThat(report.history())
                .extracting(ReplayReport.Comparison::model)
                .containsExactly(
                        cc177 + cc130j + antonov,
                        cc177,
                        cc130j,
                        antonov,
                        ground - flownBefore,
                        out,
                        ground - flownBefore - out);
        assertThat(report.containers().outBeforeClosure()).isEqualTo(out);
    }

    @Test
    void shouldReportOnAGivenPlanAsJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {
                    "replay",
                    "--scenario",
                    dir.resolve("replay-scenario.json").toString(),
                    "--plan",
                    dir.resolve("replay-plan.json").toString(),
                    "--json"
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        ReplayReport report = ReplayReport.of(atClosure, replay);
        assertThat(root.get("valid").asBoolean()).isTrue();
        assertThat(root.at("/replay/airLoadsTotal").asInt()).isEqualTo(report.airLoadsTotal());
        assertThat(root.at("/replay/closure").asText()).isEqualTo("2011-11-26T00:00:00Z");
        assertThat(root.at("/replay/containers/outBeforeClosure").asInt())
                .isEqualTo(report.containers().outBeforeClosure());
        assertThat(root.at("/replay/history/0/historical").asInt()).isEqualTo(491);
    }

    @Test
    void shouldRefuseAMissingPlanFile() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"replay", "--plan", dir.resolve("absent.json").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.json");
    }

    private static Map<String, List<Leg>> legs(Plan plan) {
        Map<String, List<Leg>> legs = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            legs.put(a.shipment(), a.legs());
        }
        return legs;
    }
}
