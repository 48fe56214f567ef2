package io.transitplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

    private static Scenario ndn;

    @BeforeAll
    static void readTheDefaultScenario() throws IOException {
        try (InputStream in = ScenarioGeneratorTest.class.getResourceAsStream("/scenarios/ndn-2012.json")) {
            ndn = ScenarioJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldGiveTheSameScenarioForTheSameSeed() {
        assertThat(ScenarioGenerator.generate(ndn, 300, 42)).isEqualTo(ScenarioGenerator.generate(ndn, 300, 42));
    }

    @Test
    void shouldGiveOtherShipmentsForAnotherSeed() {
        List<Shipment> one = ScenarioGenerator.generate(ndn, 300, 42).shipments();
        List<Shipment> other = ScenarioGenerator.generate(ndn, 300, 43).shipments();
        assertThat(one).isNotEqualTo(other);
        // not merely reordered: most shipments differ at the same position
        long same = 0;
        for (int i = 0; i < one.size(); i++) {
            same += one.get(i).equals(other.get(i)) ? 1 : 0;
        }
        assertThat(same).isLessThan(30);
    }

    @Test
    void shouldKeepTheNetworkAndRulesOfTheBase() {
        Scenario generated = ScenarioGenerator.generate(ndn, 50, 7);
        assertThat(generated.horizon()).isEqualTo(ndn.horizon());
        assertThat(generated.nodes()).isEqualTo(ndn.nodes());
        assertThat(generated.lanes()).isEqualTo(ndn.lanes());
        assertThat(generated.permissions()).isEqualTo(ndn.permissions());
        assertThat(generated.quotas()).isEqualTo(ndn.quotas());
        assertThat(generated.disruptions()).isEqualTo(ndn.disruptions());
        assertThat(generated.notes())
                .containsAll(ndn.notes())
                .hasSize(ndn.notes().size() + 1);
        assertThat(generated.name()).startsWith("ndn-2012").isNotEqualTo(ndn.name());
    }

    @Test
    void shouldNumberShipmentsFromGen000001() {
        List<Shipment> shipments = ScenarioGenerator.generate(ndn, 1200, 1).shipments();
        assertThat(shipments).hasSize(1200);
        assertThat(shipments.get(0).id()).isEqualTo("GEN-000001");
        assertThat(shipments.get(1199).id()).isEqualTo("GEN-001200");
        assertThat(shipments.stream().map(Shipment::id).distinct().count()).isEqualTo(1200);
        assertThat(shipments).allSatisfy(s -> assertThat(s.pinnedLegs()).isEmpty());
    }

    @Test
    void shouldFollowTheStyleOfTheBaseShipments() {
        Scenario generated = ScenarioGenerator.generate(ndn, 2000, 2012);
        Set<String> baseTriples = ndn.shipments().stream()
                .map(s -> s.nation() + "/" + s.origin() + "/" + s.cargoClass())
                .collect(Collectors.toSet());
        Map<String, String> home = ndn.shipments().stream()
                .collect(Collectors.toMap(Shipment::nation, Shipment::destination, (a, b) -> a));
        long shortest = ndn.shipments().stream()
                .mapToLong(ScenarioGeneratorTest::windowHours)
                .min()
                .orElseThrow();
        long longest = ndn.shipments().stream()
                .mapToLong(ScenarioGeneratorTest::windowHours)
                .max()
                .orElseThrow();
        assertThat(generated.shipments()).allSatisfy(s -> {
            assertThat(baseTriples).contains(s.nation() + "/" + s.origin() + "/" + s.cargoClass());
            assertThat(s.destination()).isEqualTo(home.get(s.nation()));
            assertThat(s.teu()).isBetween(1, 4);
            assertThat(s.weightTons() / s.teu())
                    .isBetween(tonsPerTeu(s.cargoClass(), true) - 0.05, tonsPerTeu(s.cargoClass(), false) + 0.05);
            assertThat(s.priority()).isBetween(1, 5);
            assertThat(s.availableAt()).isAfterOrEqualTo(ndn.horizon().start());
            assertThat(s.dueAt()).isBeforeOrEqualTo(ndn.horizon().end());
            assertThat(windowHours(s)).isBetween(shortest, longest);
        });
        // every nation and every class of the base comes back in a sample this large
        assertThat(generated.shipments().stream().map(Shipment::nation).collect(Collectors.toSet()))
                .isEqualTo(ndn.shipments().stream().map(Shipment::nation).collect(Collectors.toSet()));
        assertThat(generated.shipments().stream().map(Shipment::cargoClass).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CargoClass.class));
    }

    @Test
    void shouldSpreadAvailabilityOverTheHorizon() {
        List<Shipment> shipments = ScenarioGenerator.generate(ndn, 2000, 5).shipments();
        Instant middle = ndn.horizon()
                .start()
                .plus(Duration.between(ndn.horizon().start(), ndn.horizon().end())
                        .dividedBy(2));
        long firstHalf =
                shipments.stream().filter(s -> s.availableAt().isBefore(middle)).count();
        // windows of up to 40 days push availability a little towards the start, but both halves are well used
        assertThat(firstHalf).isBetween(900L, 1500L);
    }

    @Test
    void shouldWriteDocumentsThatReadBack() {
        Scenario generated = ScenarioGenerator.generate(ndn, 500, 99);
        Scenario read = ScenarioJson.read(ScenarioJson.write(generated));
        assertThat(read).isEqualTo(generated);
    }

    @Test
    void shouldMakeFiftyThousandShipmentsQuickly() {
        long started = System.nanoTime();
        Scenario generated = ScenarioGenerator.generate(ndn, 50_000, 2012);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(generated.shipments()).hasSize(50_000);
        assertThat(generated.shipments().get(49_999).id()).isEqualTo("GEN-050000");
        // a second or two is the aim; the bound leaves room for a busy shared machine
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(ScenarioJson.read(ScenarioJson.write(generated)).shipments()).hasSize(50_000);
    }

    @Test
    void shouldLearnNationsAndHomesFromAnyBase() {
        Scenario base = tinyBase(List.of(
                shipment("A-1", "XA", "O1", "HX", CargoClass.GENERAL, 2, 20.0, 1),
                shipment("A-2", "XA", "O1", "HX", CargoClass.GENERAL, 1, 10.0, 2),
                // one odd shipment to the other home does not make it the home of XA
                shipment("A-3", "XA", "O1", "HY", CargoClass.GENERAL, 1, 10.0, 3),
                shipment("B-1", "YB", "O1", "HY", CargoClass.VEHICLES, 3, 45.0, 4)));
        Scenario generated = ScenarioGenerator.generate(base, 400, 3);
        assertThat(generated.shipments()).allSatisfy(s -> {
            assertThat(s.nation()).isIn("XA", "YB");
            assertThat(s.destination()).isEqualTo(s.nation().equals("XA") ? "HX" : "HY");
            assertThat(s.cargoClass()).isEqualTo(s.nation().equals("XA") ? CargoClass.GENERAL : CargoClass.VEHICLES);
            // the base has 10 t/TEU for GENERAL and 15 t/TEU for VEHICLES only
            assertThat(s.weightTons() / s.teu())
                    .isCloseTo(s.nation().equals("XA") ? 10.0 : 15.0, org.assertj.core.api.Assertions.within(0.06));
        });
        assertThat(generated.shipments().stream()
                        .filter(s -> s.nation().equals("YB"))
                        .count())
                .isBetween(60L, 140L);
    }

    @Test
    void shouldRefuseABaseWithoutShipmentsOrANegativeCount() {
        assertThatThrownBy(() -> ScenarioGenerator.generate(tinyBase(List.of()), 10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no shipments");
        assertThatThrownBy(() -> ScenarioGenerator.generate(ndn, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThat(ScenarioGenerator.generate(ndn, 0, 1).shipments()).isEmpty();
    }

    private static double tonsPerTeu(CargoClass cargoClass, boolean lowest) {
        var perTeu = ndn.shipments().stream()
                .filter(s -> s.cargoClass() == cargoClass)
                .mapToDouble(s -> s.weightTons() / s.teu());
        return lowest ? perTeu.min().orElseThrow() : perTeu.max().orElseThrow();
    }

    private static long windowHours(Shipment s) {
        return Duration.between(s.availableAt(), s.dueAt()).toHours();
    }

    private static Scenario tinyBase(List<Shipment> shipments) {
        Horizon horizon = new Horizon(Instant.parse("2012-08-01T00:00:00Z"), Instant.parse("2012-09-01T00:00:00Z"));
        List<Node> nodes = List.of(
                new Node("O1", "Origin", "AF", NodeKind.BASE, 34.0, 69.0, 0, null, null),
                new Node("HX", "Home X", "DE", NodeKind.DESTINATION, 53.0, 8.0, 0, null, null),
                new Node("HY", "Home Y", "GB", NodeKind.DESTINATION, 50.0, -1.0, 0, null, null));
        List<Lane> lanes = List.of(
                new Lane(
                        "O1-HX",
                        "O1",
                        "HX",
                        Mode.AIR,
                        12,
                        8,
                        110.0,
                        100_000,
                        List.of(),
                        new Schedule.Daily(List.of(LocalTime.of(6, 0))),
                        null),
                new Lane(
                        "O1-HY",
                        "O1",
                        "HY",
                        Mode.AIR,
                        13,
                        8,
                        110.0,
                        100_000,
                        List.of(),
                        new Schedule.Daily(List.of(LocalTime.of(7, 0))),
                        null));
        List<Permission> permissions =
                List.of(new Permission("AF", EnumSet.allOf(CargoClass.class), null, null, null, null, null));
        return new Scenario("tiny", horizon, nodes, lanes, permissions, List.of(), List.of(), shipments, List.of());
    }

    @Test
    void shouldGiveTheSameSizedScenarioForTheSameSeed() {
        assertThat(ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.S, 1))
                .isEqualTo(ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.S, 1));
        assertThat(ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.S, 2).shipments())
                .isNotEqualTo(ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.S, 1)
                        .shipments());
    }

    @Test
    void shouldGrowTheNetworkWithTheSize() {
        Scenario small = ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.S, 1);
        Scenario large = ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.L, 1);
        assertThat(small.shipments()).hasSize(200);
        assertThat(large.shipments()).hasSize(10_000);
        // feeder bases and their roads
        assertThat(large.nodes()).hasSize(ndn.nodes().size() + ScenarioGenerator.Size.L.feeders());
        assertThat(large.lanes()).hasSize(ndn.lanes().size() + ScenarioGenerator.Size.L.feeders());
        assertThat(small.nodes()).hasSize(ndn.nodes().size());
        // twice the departures on the daily rail Mazar-Hairatan (08:00 and 20:00 become four a day)
        Lane rail = large.lanes().stream()
                .filter(l -> l.code().equals("MZR-HAI-RAIL"))
                .findFirst()
                .orElseThrow();
        assertThat(((Schedule.Daily) rail.schedule()).times()).hasSize(4);
        // capacities grow with the shipments: 10,000 / 4,500 of the Uzbek weekly quota of 350
        int uzbek = large.quotas().stream()
                .filter(q -> q.country().equals("UZ"))
                .findFirst()
                .orElseThrow()
                .maxTeu();
        assertThat(uzbek).isEqualTo(Math.round(350 * 10_000 / 4_500.0));
    }

    @Test
    void shouldKeepSizedShipmentsInsideTheNinetyDayHorizon() {
        Scenario scenario = ScenarioGenerator.sized(ndn, ScenarioGenerator.Size.M, 3);
        assertThat(Duration.between(
                        scenario.horizon().start(), scenario.horizon().end()))
                .isEqualTo(Duration.ofDays(90));
        Set<String> codes = scenario.nodes().stream().map(Node::code).collect(Collectors.toSet());
        for (Shipment s : scenario.shipments()) {
            assertThat(s.availableAt())
                    .isBetween(scenario.horizon().start(), scenario.horizon().end());
            assertThat(s.dueAt())
                    .isAfter(s.availableAt())
                    .isBeforeOrEqualTo(scenario.horizon().end());
            assertThat(codes).contains(s.origin(), s.destination());
        }
        assertThat(scenario.shipments().stream().filter(s -> s.origin().startsWith("FOB-")))
                .as("some shipments leave from feeder bases")
                .isNotEmpty();
    }

    private static Shipment shipment(
            String id,
            String nation,
            String origin,
            String destination,
            CargoClass cargoClass,
            int teu,
            double weight,
            int day) {
        Instant available = Instant.parse("2012-08-01T00:00:00Z").plus(Duration.ofDays(day));
        return new Shipment(
                id,
                nation,
                origin,
                destination,
                cargoClass,
                teu,
                weight,
                available,
                available.plus(Duration.ofDays(12)),
                3,
                List.of());
    }
}
