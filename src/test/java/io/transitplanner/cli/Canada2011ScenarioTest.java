package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in scenario canada-2011 as a document: its sizes in the published quantities, its rules, its sources. */
class Canada2011ScenarioTest {
    private static final Pattern FACT_ID = Pattern.compile("\\[([A-Z0-9]{2,12})\\]");
    private static final Instant CLOSURE = Instant.parse("2011-11-26T00:00:00Z");

    private static String text;
    private static Scenario scenario;
    private static Map<String, Lane> lanes;
    private static Set<String> legend;

    @BeforeAll
    static void readTheResource() throws IOException {
        try (InputStream in = Canada2011ScenarioTest.class.getResourceAsStream("/scenarios/canada-2011.json")) {
            assertThat(in).as("classpath resource /scenarios/canada-2011.json").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        scenario = ScenarioJson.read(text);
        lanes = scenario.lanes().stream().collect(Collectors.toMap(Lane::code, Function.identity()));
        // the legend note names every fact id with its source in the research notes
        String legendNote = scenario.notes().stream()
                .filter(n -> n.startsWith("Fact ids"))
                .findFirst()
                .orElseThrow();
        legend = new HashSet<>();
        Matcher m = FACT_ID.matcher(legendNote);
        while (m.find()) {
            legend.add(m.group(1));
        }
    }

    @Test
    void shouldLoadByNameAsTheSameScenario() {
        assertThat(Scenarios.builtIn()).contains("canada-2011");
        assertThat(Scenarios.load("canada-2011")).isEqualTo(scenario);
        assertThat(scenario.name()).isEqualTo("canada-2011");
        assertThat(scenario.horizon().start()).isEqualTo(Instant.parse("2011-07-01T00:00:00Z"));
    }

    @Test
    void shouldUseOnlyTheFieldsOfTheScenarioSchema() throws IOException {
        // the properties scenario.schema.json declares, plus the free-text note every record may carry
        Map<String, Set<String>> allowed = Map.of(
                "",
                        Set.of(
                                "name",
                                "horizon",
                                "nodes",
                                "lanes",
                                "permissions",
                                "quotas",
                                "disruptions",
                                "shipments",
                                "notes"),
                "nodes",
                        Set.of(
                                "code",
                                "name",
                                "country",
                                "kind",
                                "lat",
                                "lon",
                                "handlingHours",
                                "throughputTeuPerDay",
                                "note"),
                "lanes",
                        Set.of(
                                "code",
                                "from",
                                "to",
                                "mode",
                                "transitHours",
                                "capacityTeu",
                                "capacityTons",
                                "costPerTeu",
                                "transits",
                                "schedule",
                                "note"),
                "permissions", Set.of("country", "cargoClasses", "modes", "nations", "validFrom", "validTo", "note"),
                "disruptions", Set.of("node", "lane", "from", "to", "capacityFactor", "reason"),
                "shipments",
                        Set.of(
                                "id",
                                "nation",
                                "origin",
                                "destination",
                                "cargoClass",
                                "teu",
                                "weightTons",
                                "availableAt",
                                "dueAt",
                                "priority",
                                "pinnedLegs"));
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(fields(root)).isSubsetOf(allowed.get(""));
        for (String section : List.of("nodes", "lanes", "permissions", "disruptions", "shipments")) {
            for (JsonNode item : root.get(section)) {
                assertThat(fields(item)).as(section).isSubsetOf(allowed.get(section));
            }
        }
        assertThat(root.get("quotas")).isEmpty();
    }

    @Test
    void shouldShipThePublishedQuantities() {
        // nearly 1,500 sea containers, 800 vehicles and 200 air pallets (Kaluzny and Pall), 632 by the ground route
        assertThat(teu("CTR-")).isEqualTo(1500);
        assertThat(teu("CTR-G-")).isEqualTo(632);
        assertThat(shipmentsOf("CTR-G-"))
                .allSatisfy(s -> assertThat(s.cargoClass()).isEqualTo(CargoClass.GENERAL));
        assertThat(shipmentsOf("CTR-A-"))
                .allSatisfy(s -> assertThat(s.cargoClass()).isEqualTo(CargoClass.LETHAL));
        int tanks = shipmentsOf("VEH-T-").size();
        int otherVehicles = shipmentsOf("VEH-").size() - tanks;
        assertThat(tanks + 2 * otherVehicles).isEqualTo(800);
        assertThat(shipmentsOf("VEH-T-"))
                .allSatisfy(s -> assertThat(s.weightTons()).isEqualTo(64.0));
        assertThat(2 * shipmentsOf("PAL-").size()).isEqualTo(200);
        assertThat(scenario.shipments())
                .hasSize(shipmentsOf("CTR-").size()
                        + shipmentsOf("VEH-").size()
                        + shipmentsOf("PAL-").size());
        assertThat(scenario.shipments()).allSatisfy(s -> {
            assertThat(s.origin()).isEqualTo("KAF");
            assertThat(s.destination()).isEqualTo("MTL");
            assertThat(s.nation()).isEqualTo("CA");
            assertThat(s.availableAt())
                    .isBetween(Instant.parse("2011-07-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"));
            assertThat(s.dueAt()).isBeforeOrEqualTo(scenario.horizon().end());
        });
    }

    @Test
    void shouldCiteAFactOrMarkAnEstimateInEveryNote() {
        assertThat(legend).contains("KP2013", "TATTERSALL", "NATPOST", "CBC", "CP2013", "PAYLOAD", "ROADKM");
        scenario.nodes().forEach(n -> cited(n.code(), n.note()));
        scenario.lanes().forEach(l -> cited(l.code(), l.note()));
        scenario.permissions().forEach(p -> cited(p.country(), p.note()));
        scenario.disruptions().forEach(d -> cited(d.node() != null ? d.node() : d.lane(), d.reason()));
        // the shipments have no note of their own: the scenario's notes give their quantities and assumptions
        String shipmentsNote = scenario.notes().stream()
                .filter(n -> n.startsWith("Shipments"))
                .findFirst()
                .orElseThrow();
        cited("shipments", shipmentsNote);
        assertThat(shipmentsNote).contains("632", "1,500", "800", "200");
    }

    /** A note cites a fact id of the legend, or marks its numbers as estimates; it cites no id the legend lacks. */
    private static void cited(String what, String note) {
        assertThat(note).as(what).isNotBlank();
        Matcher m = FACT_ID.matcher(note);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        ids.remove("APPROX");
        assertThat(legend).as(what + " cites only ids of the legend").containsAll(ids);
        assertThat(!ids.isEmpty() || note.contains("[approx]"))
                .as(what + ": " + note)
                .isTrue();
    }

    @Test
    void shouldKeepVehiclesAndLethalCargoOffThePakistaniGround() {
        List<Permission> pakistanGround = scenario.permissions().stream()
                .filter(p -> p.country().equals("PK"))
                .filter(p -> p.modes() == null
                        || p.modes().contains(Mode.ROAD)
                        || p.modes().contains(Mode.SEA))
                .toList();
        assertThat(pakistanGround).isNotEmpty().allSatisfy(p -> assertThat(p.cargoClasses())
                .containsExactly(CargoClass.GENERAL));
    }

    @Test
    void shouldCloseChamanFromThe26thOfNovember() {
        Disruption closure = scenario.disruptions().stream()
                .filter(d -> "CMN".equals(d.node()))
                .findFirst()
                .orElseThrow();
        assertThat(closure.isClosure()).isTrue();
        assertThat(closure.from()).isEqualTo(CLOSURE);
        assertThat(closure.to()).isEqualTo(Instant.parse("2012-07-04T00:00:00Z"));
        assertThat(lanes.get("SBD-CMN-ROAD").to()).isEqualTo("CMN");
    }

    @Test
    void shouldFlyTheThreeAircraftAtNightWithTheirPayloadsCutInSummer() {
        assertThat(lanes.get("KAF-YTR-CC177").capacityTons()).isEqualTo(77.0);
        assertThat(lanes.get("KAF-CYP-AN124").capacityTons()).isEqualTo(120.0);
        assertThat(lanes.get("KAF-CYP-CC130J").capacityTons()).isLessThan(25.0);
        assertThat(lanes.get("CYP-YTR-AN124").from()).isEqualTo("CYP");
        for (String code : List.of("KAF-YTR-CC177", "KAF-CYP-AN124", "KAF-CYP-CC130J")) {
            Lane lane = lanes.get(code);
            assertThat(lane.mode()).isEqualTo(Mode.AIR);
            // night at Kandahar (UTC+4:30): departures from 17:30 to 00:30 UTC are 22:00 to 05:00 local
            lane.schedule()
                    .instantsBetween(Instant.parse("2011-08-01T00:00:00Z"), Instant.parse("2011-08-02T00:00:00Z"))
                    .forEach(t -> assertThat(t.atZone(java.time.ZoneOffset.ofHoursMinutes(4, 30))
                                    .getHour())
                            .as(code)
                            .isIn(22, 23, 0, 1, 2, 3, 4));
            Disruption heat = scenario.disruptions().stream()
                    .filter(d -> code.equals(d.lane()))
                    .findFirst()
                    .orElseThrow();
            assertThat(heat.capacityFactor()).isCloseTo(0.8, within(1e-9));
            assertThat(heat.from()).isEqualTo(scenario.horizon().start());
            assertThat(heat.to()).isBefore(Instant.parse("2011-10-01T00:00:00Z"));
        }
    }

    @Test
    void shouldEndTheMissionAtKandaharByTheEndOfDecember() {
        assertThat(scenario.disruptions()).anySatisfy(d -> {
            assertThat(d.node()).isEqualTo("KAF");
            assertThat(d.isClosure()).isTrue();
            assertThat(d.from()).isEqualTo(Instant.parse("2012-01-01T00:00:00Z"));
        });
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<Shipment> shipmentsOf(String prefix) {
        return scenario.shipments().stream()
                .filter(s -> s.id().startsWith(prefix))
                .toList();
    }

    private static int teu(String prefix) {
        return shipmentsOf(prefix).stream().mapToInt(Shipment::teu).sum();
    }
}
