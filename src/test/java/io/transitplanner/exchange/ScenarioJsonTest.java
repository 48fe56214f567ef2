package io.transitplanner.exchange;

import static io.transitplanner.testdata.Fixtures.aLane;
import static io.transitplanner.testdata.Fixtures.aLaneDisruption;
import static io.transitplanner.testdata.Fixtures.aNode;
import static io.transitplanner.testdata.Fixtures.aNodeDisruption;
import static io.transitplanner.testdata.Fixtures.aPermission;
import static io.transitplanner.testdata.Fixtures.aQuota;
import static io.transitplanner.testdata.Fixtures.aScenario;
import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.at;
import static io.transitplanner.testdata.Fixtures.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.WeeklySlot;
import io.transitplanner.testdata.Conformance;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static List<String> conformanceScenarios() {
        return Conformance.files(".scenario.json");
    }

    static String text(String file) {
        return Conformance.text(file);
    }

    @Test
    void conformancePackHasScenarios() throws IOException {
        assertThat(conformanceScenarios()).contains("small.scenario.json", "replan.scenario.json");
    }

    @ParameterizedTest
    @MethodSource("conformanceScenarios")
    void readsEveryConformanceScenario(String file) throws IOException {
        Scenario scenario = ScenarioJson.read(text(file));

        JsonNode tree = MAPPER.readTree(text(file));
        assertThat(scenario.name()).isEqualTo(tree.get("name").asText());
        assertThat(scenario.nodes()).hasSize(tree.get("nodes").size());
        assertThat(scenario.lanes()).hasSize(tree.get("lanes").size());
        assertThat(scenario.permissions()).hasSize(tree.get("permissions").size());
        assertThat(scenario.quotas()).hasSize(tree.get("quotas").size());
        assertThat(scenario.disruptions()).hasSize(tree.get("disruptions").size());
        assertThat(scenario.shipments()).hasSize(tree.get("shipments").size());
    }

    @ParameterizedTest
    @MethodSource("conformanceScenarios")
    void conformanceScenarioSurvivesWriteAndRead(String file) throws IOException {
        Scenario scenario = ScenarioJson.read(text(file));

        assertThat(ScenarioJson.read(ScenarioJson.write(scenario))).isEqualTo(scenario);
    }

    @Test
    void readsTheValuesOfTheSmallScenario() throws IOException {
        Scenario small = ScenarioJson.read(text("small.scenario.json"));

        assertThat(small.horizon().start()).isEqualTo(at("2012-08-21T00:00"));
        assertThat(small.horizon().end()).isEqualTo(at("2012-09-25T00:00"));
        assertThat(small.nodes().get(0)).satisfies(n -> {
            assertThat(n.code()).isEqualTo("OB1");
            assertThat(n.country()).isEqualTo("AF");
            assertThat(n.kind()).isEqualTo(NodeKind.BASE);
            assertThat(n.lat()).isEqualTo(47.783);
            assertThat(n.throughputTeuPerDay()).isEqualTo(30);
        });
        assertThat(small.nodes())
                .filteredOn(n -> n.code().equals("TRZ"))
                .singleElement()
                .satisfies(n -> assertThat(n.throughputTeuPerDay()).isNull());
        Lane air = small.lanes().stream()
                .filter(l -> l.code().equals("OB1-ULY-AIR"))
                .findFirst()
                .orElseThrow();
        assertThat(air.mode()).isEqualTo(Mode.AIR);
        assertThat(air.transitHours()).isEqualTo(5);
        assertThat(air.capacityTons()).isEqualTo(60.0);
        assertThat(air.costPerTeu()).isEqualTo(14573);
        assertThat(air.transits()).containsExactly("UZ", "KZ");
        assertThat(air.schedule())
                .isEqualTo(new Schedule.Weekly(List.of(
                        new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(11, 0)),
                                new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(9, 0)),
                        new WeeklySlot(DayOfWeek.FRIDAY, LocalTime.of(7, 0)),
                                new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(5, 0)))));
        assertThat(small.lanes().get(0).capacityTons()).isNull();
        assertThat(small.lanes().get(0).schedule()).isEqualTo(new Schedule.Daily(List.of(LocalTime.of(18, 0))));
        assertThat(small.permissions())
                .filteredOn(p -> p.country().equals("RU") && p.validFrom() != null)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.cargoClasses()).containsExactlyInAnyOrder(CargoClass.GENERAL, CargoClass.VEHICLES);
                    assertThat(p.modes()).containsExactlyInAnyOrder(Mode.AIR, Mode.RAIL);
                    assertThat(p.nations()).isNull();
                    assertThat(p.validFrom()).isEqualTo(at("2012-08-24T00:00"));
                    assertThat(p.validTo()).isNull();
                });
        assertThat(small.quotas()).singleElement().satisfies(q -> {
            assertThat(q.country()).isEqualTo("UZ");
            assertThat(q.period()).isEqualTo(QuotaPeriod.WEEK);
            assertThat(q.maxTeu()).isEqualTo(35);
            assertThat(q.nation()).isNull();
        });
        assertThat(small.disruptions())
                .anySatisfy(d -> {
                    assertThat(d.node()).isEqualTo("BXP");
                    assertThat(d.lane()).isNull();
                    assertThat(d.capacityFactor()).isZero();
                })
                .anySatisfy(d -> {
                    assertThat(d.lane()).isEqualTo("TRZ-KLJ-RAIL");
                    assertThat(d.capacityFactor()).isEqualTo(0.5);
                });
    }

    @Test
    void readsPinnedLegsOfTheReplanScenario() throws IOException {
        Scenario replan = ScenarioJson.read(text("replan.scenario.json"));

        Shipment s0020 = replan.shipments().stream()
                .filter(s -> s.id().equals("S0020"))
                .findFirst()
                .orElseThrow();
        assertThat(s0020.pinnedLegs())
                .containsExactly(
                        new Leg("OB2-BXU-ROAD", at("2012-08-21T22:00"), at("2012-08-23T02:00")),
                        new Leg("BXU-TRZ-RAIL", at("2012-08-23T15:00"), at("2012-08-23T20:00")),
                        new Leg("TRZ-RIX-RAIL", at("2012-08-24T08:00"), at("2012-09-01T21:00")));
        assertThat(replan.shipments()).filteredOn(Shipment::hasPinnedLegs).hasSize(9);
    }

    @Test
    void scenarioWithEveryOptionalFieldSurvivesWriteAndRead() {
        Lane atLane = aLane("HUB-DST-AIR", "HUB", "DST")
                .mode(Mode.AIR)
                .capacityTons(12.5)
                .schedule(new Schedule.At(List.of(at("2012-08-07T06:00"), at("2012-08-09T18:30"))))
                .build();
        Scenario scenario = aScenario()
                .nodes(
                        aNode("ORG").in("AF").kind(NodeKind.BASE).throughput(0),
                        aNode("HUB").in("UZ").handlingHours(12),
                        aNode("DST").in("LV").throughput(40))
                .lanes(
                        aLane("ORG-HUB", "ORG", "HUB").transits("TM", "KZ"),
                        aLane("HUB-DST", "HUB", "DST")
                                .schedule(new Schedule.Weekly(
                                        List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(6, 0))))))
                .openCountries("AF")
                .permissions(aPermission(
                        "UZ",
                        Set.of(CargoClass.LETHAL, CargoClass.GENERAL),
                        Set.of(Mode.AIR, Mode.RAIL),
                        Set.of("US", "GB"),
                        at("2012-08-01T00:00"),
                        at("2012-09-01T00:00")))
                .quotas(
                        aQuota("UZ", QuotaPeriod.MONTH, 300, "US", CargoClass.LETHAL),
                        aQuota("KZ", QuotaPeriod.WEEK, 0))
                .disruptions(
                        aNodeDisruption("HUB", at("2012-08-10T00:00"), at("2012-08-12T00:00"), 0.0),
                        aLaneDisruption("ORG-HUB", at("2012-08-10T00:00"), at("2012-08-11T12:00"), 0.25))
                .shipments(
                        aShipment("US-1", "ORG", "DST")
                                .teu(3)
                                .weightTons(27.25)
                                .priority(1)
                                .pinned(leg(aLane("ORG-HUB", "ORG", "HUB"), at("2012-08-06T06:00"))),
                        aShipment("GB.2:a", "HUB", "DST")
                                .nation("GB")
                                .cargoClass(CargoClass.VEHICLES)
                                .priority(5))
                .build();
        Scenario withLane = new Scenario(
                scenario.name(),
                scenario.horizon(),
                scenario.nodes(),
                Stream.concat(scenario.lanes().stream(), Stream.of(atLane)).toList(),
                scenario.permissions(),
                scenario.quotas(),
                scenario.disruptions(),
                scenario.shipments(),
                List.of("a note", "another"));

        Scenario read = ScenarioJson.read(ScenarioJson.write(withLane));

        assertThat(read).isEqualTo(withLane);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws IOException {
        ObjectNode doc = small();
        doc.put("generatedBy", "someone");
        ((ObjectNode) doc.get("nodes").get(0)).putObject("extra").put("x", 1);

        assertThat(ScenarioJson.read(doc.toString())).isEqualTo(ScenarioJson.read(text("small.scenario.json")));
    }

    // ------------------------------------------------------------------ bad documents

    static ObjectNode small() throws IOException {
        return (ObjectNode) MAPPER.readTree(text("small.scenario.json"));
    }

    static ObjectNode replan() throws IOException {
        return (ObjectNode) MAPPER.readTree(text("replan.scenario.json"));
    }

    static ObjectNode element(ObjectNode doc, String array, int index) {
        return (ObjectNode) doc.get(array).get(index);
    }

    /** The problems the reader reports for the document after the change. */
    static List<FormatProblem> problems(ObjectNode doc, Consumer<ObjectNode> change) {
        change.accept(doc);
        return problems(doc.toString());
    }

    static List<FormatProblem> problems(String json) {
        try {
            ScenarioJson.read(json);
        } catch (InvalidDocumentException e) {
            assertThat(e.getMessage()).startsWith(e.problems().get(0).path());
            return e.problems();
        }
        return fail("the document was read without complaint");
    }

    /** For a fault that others follow from (a node that is no longer there leaves its lanes dangling). */
    static void assertFirstProblem(List<FormatProblem> problems, String path, String reason) {
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
        });
    }

    static void assertOnlyProblem(List<FormatProblem> problems, String path, String reason) {
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void malformedJsonIsReportedAtTheRoot() throws IOException {
        String broken = text("small.scenario.json").replaceFirst("\"nodes\": \\[", "\"nodes\" [");

        List<FormatProblem> problems = problems(broken);

        assertOnlyProblem(problems, "$", "malformed JSON at line");
    }

    @Test
    void emptyDocumentIsReported() {
        assertOnlyProblem(problems("  "), "$", "empty");
        assertOnlyProblem(problems("[]"), "$", "must be an object");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        assertOnlyProblem(problems(small(), d -> d.remove("horizon")), "$.horizon", "is required");
        assertOnlyProblem(
                problems(small(), d -> element(d, "lanes", 2).remove("transitHours")),
                "$.lanes[2].transitHours",
                "is required");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 4).remove("dueAt")),
                "$.shipments[4].dueAt",
                "is required");
    }

    @Test
    void wrongTypeIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> element(d, "lanes", 0).put("capacityTeu", "eight")),
                "$.lanes[0].capacityTeu",
                "must be an integer");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 0).put("teu", 1.5)),
                "$.shipments[0].teu",
                "must be an integer");
        assertFirstProblem(problems(small(), d -> d.put("nodes", "none")), "$.nodes", "must be an array");
        assertOnlyProblem(
                problems(small(), d -> element(d, "nodes", 1).put("kind", "CASTLE")),
                "$.nodes[1].kind",
                "is not one of");
    }

    @Test
    void faultyNodeOrLaneIsReportedOnceNotAtEveryReference() throws IOException {
        // OB2 is the origin of many shipments and the start of several lanes; OB2-HGB-AIR carries a pinned leg.
        assertOnlyProblem(
                problems(small(), d -> element(d, "nodes", 1).put("lat", "north")),
                "$.nodes[1].lat",
                "must be a number");
        List<FormatProblem> problems = problems(replan(), d -> {
            for (JsonNode lane : d.get("lanes")) {
                if (lane.get("code").asText().equals("OB2-HGB-AIR")) {
                    ((ObjectNode) lane).put("mode", "BALLOON");
                }
            }
        });
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.path()).endsWith(".mode"));
    }

    @Test
    void unknownNodeCodeIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> element(d, "lanes", 0).put("from", "NOWHERE")),
                "$.lanes[0].from",
                "unknown node code 'NOWHERE'");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 3).put("destination", "NOWHERE")),
                "$.shipments[3].destination",
                "unknown node code 'NOWHERE'");
    }

    @Test
    void laneWhoseEndsAreEqualIsNamed() throws IOException {
        List<FormatProblem> problems =
                problems(small(), d -> element(d, "lanes", 0).put("to", "OB1"));

        assertOnlyProblem(problems, "$.lanes[0].to", "must differ");
    }

    @Test
    void scheduleWithTwoFormsIsNamed() throws IOException {
        List<FormatProblem> problems =
                problems(small(), d -> ((ObjectNode) element(d, "lanes", 0).get("schedule"))
                        .putArray("weekly")
                        .add("MON 06:00"));

        assertOnlyProblem(problems, "$.lanes[0].schedule", "exactly one of daily, weekly or at (has daily and weekly)");
    }

    @Test
    void badScheduleTimeIsNamed() throws IOException {
        List<FormatProblem> problems = problems(
                small(),
                d -> ((ArrayNode) element(d, "lanes", 0).get("schedule").get("daily")).add("25:00"));

        assertOnlyProblem(problems, "$.lanes[0].schedule.daily[1]", "a time HH:MM");
    }

    @Test
    void pinnedLegThatIsNotADepartureOfItsLaneIsNamed() throws IOException {
        // S0000 is pinned on OB2-HGB-AIR, which departs on Wednesdays 04:00 and Sundays 23:00.
        List<FormatProblem> problems = problems(replan(), d -> ((ObjectNode)
                        element(d, "shipments", 0).get("pinnedLegs").get(0))
                .put("departure", "2012-08-26T22:00:00Z")
                .put("arrival", "2012-08-27T11:00:00Z"));

        assertOnlyProblem(problems, "$.shipments[0].pinnedLegs[0].departure", "is not a departure of lane OB2-HGB-AIR");
    }

    @Test
    void pinnedLegWithAWrongArrivalIsNamed() throws IOException {
        List<FormatProblem> problems = problems(replan(), d -> ((ObjectNode)
                        element(d, "shipments", 0).get("pinnedLegs").get(0))
                .put("arrival", "2012-08-27T13:00:00Z"));

        assertOnlyProblem(problems, "$.shipments[0].pinnedLegs[0].arrival", "departure + 13 h");
    }

    @Test
    void pinnedLegsNotLeavingTheOriginAreNamed() throws IOException {
        // S0006 leaves OB1; its pinned legs start with OB1-BXU-ROAD, then BXU-TRZ-RAIL. Drop the first.
        List<FormatProblem> problems =
                problems(replan(), d -> ((ArrayNode) element(d, "shipments", 6).get("pinnedLegs")).remove(0));

        assertOnlyProblem(problems, "$.shipments[6].pinnedLegs[0]", "leaves BXU but the shipment is at OB1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2012-09-05T08:00:00Z",
                "2012-09-05T12:30:00+04:30",
                "2012-09-05T08:00:00+00:00",
                "2012-09-05T03:00-05:00"
            })
    void instantWithAnyOffsetIsReadInUtc(String dueAt) throws IOException {
        ObjectNode doc = small();
        element(doc, "shipments", 0).put("dueAt", dueAt);

        Scenario read = ScenarioJson.read(doc.toString());

        assertThat(read.shipments().get(0).dueAt()).isEqualTo(Instant.parse("2012-09-05T08:00:00Z"));
        assertThat(ScenarioJson.toTree(read)
                        .get("shipments")
                        .get(0)
                        .get("dueAt")
                        .asText())
                .isEqualTo("2012-09-05T08:00:00Z");
    }

    @Test
    void badInstantIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 0).put("dueAt", "next Tuesday")),
                "$.shipments[0].dueAt",
                "is not an RFC 3339 date-time with Z or a numeric offset");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 0).put("dueAt", "2012-09-05T08:00:00")),
                "$.shipments[0].dueAt",
                "has no offset: add Z for UTC or a numeric offset, as in 2012-09-05T08:00:00Z");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 0).put("dueAt", "2012-02-30T08:00:00Z")),
                "$.shipments[0].dueAt",
                "is not a real date and time");
        assertOnlyProblem(
                problems(small(), d -> ((ObjectNode) d.get("horizon")).put("end", "2012-08-20T00:00:00Z")),
                "$.horizon.end",
                "must be after the start");
    }

    @Test
    void minutePrecisionInstantIsRead() throws IOException {
        Scenario scenario = ScenarioJson.read(
                problemsFree(small(), d -> element(d, "shipments", 0).put("dueAt", "2012-09-05T08:00Z")));

        assertThat(scenario.shipments().get(0).dueAt()).isEqualTo(at("2012-09-05T08:00"));
    }

    private static String problemsFree(ObjectNode doc, Consumer<ObjectNode> change) {
        change.accept(doc);
        return doc.toString();
    }

    @Test
    void duplicateCodeIsNamed() throws IOException {
        // OB2 is no longer there, so its lanes and shipments are faulty too.
        assertFirstProblem(
                problems(small(), d -> element(d, "nodes", 1).put("code", "OB1")),
                "$.nodes[1].code",
                "duplicate node code 'OB1'");
        // The lane codes are OB1-BXU-ROAD, OB1-ULY-AIR, ...: give the second lane the first one's code.
        assertOnlyProblem(
                problems(small(), d -> element(d, "lanes", 1).put("code", "OB1-BXU-ROAD")),
                "$.lanes[1].code",
                "duplicate lane code 'OB1-BXU-ROAD'");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 1).put("id", "S0000")),
                "$.shipments[1].id",
                "duplicate shipment id 'S0000'");
    }

    @Test
    void duplicateFieldIsMalformed() {
        assertOnlyProblem(problems("{\"name\": \"a\", \"name\": \"b\"}"), "$", "malformed JSON");
    }

    @Test
    void outOfRangePriorityIsNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 2).put("priority", 6)),
                "$.shipments[2].priority",
                "must be between 1 and 5 (was 6)");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 2).put("priority", 0)),
                "$.shipments[2].priority",
                "must be between 1 and 5 (was 0)");
    }

    @Test
    void otherOutOfRangeValuesAreNamed() throws IOException {
        assertOnlyProblem(
                problems(small(), d -> element(d, "lanes", 0).put("transitHours", 0)),
                "$.lanes[0].transitHours",
                "must be at least 1");
        assertOnlyProblem(
                problems(small(), d -> element(d, "disruptions", 0).put("capacityFactor", 1.5)),
                "$.disruptions[0].capacityFactor",
                "at most 1.0");
        assertOnlyProblem(
                problems(small(), d -> element(d, "shipments", 0).put("weightTons", 0)),
                "$.shipments[0].weightTons",
                "greater than 0");
    }

    @Test
    void everyFaultIsReportedAtOnce() throws IOException {
        List<FormatProblem> problems = problems(small(), d -> {
            element(d, "lanes", 0).put("from", "NOWHERE");
            element(d, "shipments", 2).put("priority", 9);
            d.remove("permissions");
        });

        assertThat(problems)
                .extracting(FormatProblem::path)
                .containsExactlyInAnyOrder("$.lanes[0].from", "$.shipments[2].priority", "$.permissions");
    }

    @Test
    void permissionsAreReadAsSets() throws IOException {
        Permission permission =
                ScenarioJson.read(text("small.scenario.json")).permissions().get(0);

        assertThat(permission.cargoClasses()).containsExactlyInAnyOrder(CargoClass.values());
        assertThat(permission.modes()).isNull();
    }
}
