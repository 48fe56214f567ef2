package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.exchange.ScenarioJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in scenario ndn-2012 as a document: its size, its rules as the research facts give them, its costs. */
class Ndn2012ScenarioTest {

    private static Scenario scenario;
    private static Map<String, Node> nodes;
    private static Map<String, Lane> lanes;

    @BeforeAll
    static void readTheResource() throws IOException {
        try (InputStream in = Ndn2012ScenarioTest.class.getResourceAsStream("/scenarios/ndn-2012.json")) {
            assertThat(in).as("classpath resource /scenarios/ndn-2012.json").isNotNull();
            scenario = ScenarioJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        nodes = scenario.nodes().stream().collect(Collectors.toMap(Node::code, Function.identity()));
        lanes = scenario.lanes().stream().collect(Collectors.toMap(Lane::code, Function.identity()));
    }

    @Test
    void shouldCoverAugustToDecember2012() {
        assertThat(scenario.name()).isEqualTo("ndn-2012");
        assertThat(scenario.horizon().start()).isEqualTo(Instant.parse("2012-08-01T00:00:00Z"));
        assertThat(scenario.horizon().end()).isEqualTo(Instant.parse("2013-01-01T00:00:00Z"));
        assertThat(scenario.notes()).isNotEmpty();
    }

    @Test
    void shouldBeLargeEnoughToPlanOver() {
        assertThat(scenario.nodes()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(scenario.lanes()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(scenario.lanes().stream().map(Lane::mode).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Mode.values());
        assertThat(scenario.quotas()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(scenario.disruptions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(scenario.shipments()).hasSizeBetween(60, 120);
    }

    @Test
    void shouldPlaceTheNamedPlacesInTheirCountries() {
        Map<String, String> countryOf = Map.ofEntries(
                Map.entry("BAG", "AF"),
                Map.entry("KAF", "AF"),
                Map.entry("BAS", "AF"),
                Map.entry("MZR", "AF"),
                Map.entry("KBL", "AF"),
                Map.entry("HAI", "AF"),
                Map.entry("SKB", "AF"),
                Map.entry("TGH", "AF"),
                Map.entry("TKM", "PK"),
                Map.entry("CMN", "PK"),
                Map.entry("KHI", "PK"),
                Map.entry("TMZ", "UZ"),
                Map.entry("NVI", "UZ"),
                Map.entry("TAS", "UZ"),
                Map.entry("ULY", "RU"),
                Map.entry("AKT", "KZ"),
                Map.entry("BAK", "AZ"),
                Map.entry("POT", "GE"),
                Map.entry("RIX", "LV"),
                Map.entry("KLJ", "LT"),
                Map.entry("TLL", "EE"),
                Map.entry("HGB", "GB"),
                Map.entry("HDE", "DE"),
                Map.entry("HFR", "FR"),
                Map.entry("HNO", "NO"),
                Map.entry("HUS", "US"));
        countryOf.forEach((code, country) -> assertThat(nodes.get(code))
                .as(code)
                .isNotNull()
                .extracting(Node::country)
                .isEqualTo(country));
    }

    @Test
    void shouldPutUlyanovskInRussiaAtItsPublishedCoordinates() {
        Node ulyanovsk = nodes.get("ULY");
        assertThat(ulyanovsk.country()).isEqualTo("RU");
        // the one coordinate of the research table that comes from a public airport dataset
        assertThat(ulyanovsk.lat()).isCloseTo(54.401, within(1e-9));
        assertThat(ulyanovsk.lon()).isCloseTo(48.803, within(1e-9));
    }

    @Test
    void shouldLetRussiaCarryNonLethalCargoOnly() {
        List<Permission> russian = permissionsOf("RU");
        assertThat(russian).isNotEmpty();
        assertThat(russian)
                .allSatisfy(p -> assertThat(p.cargoClasses()).doesNotContain(CargoClass.LETHAL, CargoClass.DANGEROUS));
        // Decree 637 and the Ulyanovsk hub: air transit from 1 Aug 2012 only
        assertThat(russian)
                .filteredOn(p -> p.modes() == null || p.modes().contains(Mode.AIR))
                .allSatisfy(p -> assertThat(p.validFrom()).isEqualTo(Instant.parse("2012-08-01T00:00:00Z")));
    }

    @Test
    void shouldLetUzbekistanCarryNonLethalCargoFromTheReverseTransitAgreement() {
        assertThat(permissionsOf("UZ")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.cargoClasses()).doesNotContain(CargoClass.LETHAL);
            assertThat(p.validFrom()).isEqualTo(Instant.parse("2012-06-04T00:00:00Z"));
        });
    }

    @Test
    void shouldKeepLethalCargoOffThePakistaniGround() {
        assertThat(permissionsOf("PK"))
                .filteredOn(p -> p.cargoClasses().contains(CargoClass.LETHAL))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.modes()).containsExactly(Mode.AIR));
    }

    @Test
    void shouldHoldKazakhstanToItsBilateralTerms() {
        // UK: rail and sea via Aktau; France: air then rail; neither with armaments or ammunition
        Permission uk = permissionsOf("KZ").stream()
                .filter(p -> p.nations() != null && p.nations().contains("GB"))
                .findFirst()
                .orElseThrow();
        assertThat(uk.modes()).containsExactlyInAnyOrder(Mode.RAIL, Mode.SEA);
        Permission france = permissionsOf("KZ").stream()
                .filter(p -> p.nations() != null && p.nations().contains("FR"))
                .findFirst()
                .orElseThrow();
        assertThat(france.modes()).containsExactlyInAnyOrder(Mode.AIR, Mode.RAIL);
        assertThat(permissionsOf("KZ"))
                .allSatisfy(p -> assertThat(p.cargoClasses()).doesNotContain(CargoClass.LETHAL, CargoClass.DANGEROUS));
    }

    @Test
    void shouldGiveEveryCountryALaneTouchesAPermission() {
        Set<String> permitted =
                scenario.permissions().stream().map(Permission::country).collect(Collectors.toSet());
        for (Lane lane : scenario.lanes()) {
            assertThat(permitted)
                    .as(lane.code())
                    .containsAll(lane.countries(
                            nodes.get(lane.from()).country(),
                            nodes.get(lane.to()).country()));
        }
    }

    @Test
    void shouldCiteOrMarkAsEstimateEveryNumber() {
        assertThat(scenario.nodes())
                .allSatisfy(n -> assertThat(n.note()).as(n.code()).satisfies(Ndn2012ScenarioTest::cited));
        assertThat(scenario.lanes())
                .allSatisfy(l -> assertThat(l.note()).as(l.code()).satisfies(Ndn2012ScenarioTest::cited));
        assertThat(scenario.permissions())
                .allSatisfy(p -> assertThat(p.note()).as(p.country()).satisfies(Ndn2012ScenarioTest::cited));
        assertThat(scenario.quotas())
                .allSatisfy(q -> assertThat(q.note()).as(q.country()).satisfies(Ndn2012ScenarioTest::cited));
        assertThat(scenario.disruptions())
                .allSatisfy(d -> assertThat(d.reason()).satisfies(Ndn2012ScenarioTest::cited));
    }

    /** A note cites a source address, or says that its numbers are estimates. */
    private static void cited(String note) {
        assertThat(note).isNotBlank();
        assertThat(note.contains("http") || note.contains("[approx]")).as(note).isTrue();
    }

    @Test
    void shouldCapUzbekRailAt350ContainersAWeek() {
        Quota uzbek = scenario.quotas().stream()
                .filter(q -> q.country().equals("UZ"))
                .findFirst()
                .orElseThrow();
        assertThat(uzbek.period()).isEqualTo(QuotaPeriod.WEEK);
        assertThat(uzbek.maxTeu()).isEqualTo(350);
        assertThat(scenario.quotas()).anySatisfy(q -> assertThat(q.country()).isEqualTo("RU"));
    }

    @Test
    void shouldCloseThePakistaniCrossingsUntilTheReopening() {
        for (String crossing : List.of("TKM", "CMN")) {
            assertThat(scenario.disruptions()).as(crossing).anySatisfy(d -> {
                assertThat(d.node()).isEqualTo(crossing);
                assertThat(d.isClosure()).isTrue();
                assertThat(d.from()).isEqualTo(Instant.parse("2011-11-26T00:00:00Z"));
                assertThat(d.to()).isEqualTo(Instant.parse("2012-07-04T00:00:00Z"));
            });
        }
    }

    @Test
    void shouldDisruptSomethingInsideTheHorizon() {
        assertThat(scenario.disruptions()).anySatisfy(d -> {
            assertThat(d.from()).isAfterOrEqualTo(scenario.horizon().start());
            assertThat(d.to()).isBeforeOrEqualTo(scenario.horizon().end());
        });
        assertThat(scenario.disruptions())
                .allSatisfy(d -> assertThat(d.capacityFactor()).isBetween(0.0, 1.0));
    }

    @Test
    void shouldLoadAirLanesAsTheAircraftCarry() {
        // An-124 about 100-120 t, C-17 about 75 t, Il-76 about 40 t: no air lane outside that range
        assertThat(scenario.lanes())
                .filteredOn(l -> l.mode() == Mode.AIR)
                .isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.capacityTons()).as(l.code()).isNotNull().isBetween(35.0, 120.0);
                    assertThat(l.capacityTeu()).as(l.code()).isBetween(1, 10);
                });
    }

    @Test
    void shouldOfferEveryRouteFamilyOfTheFacts() {
        // the Ulyanovsk air-to-rail chain: from an Afghan base by air, on to a Baltic port by rail
        assertThat(lanes.values()).anySatisfy(l -> {
            assertThat(l.to()).isEqualTo("ULY");
            assertThat(l.mode()).isEqualTo(Mode.AIR);
            assertThat(country(l.from())).isEqualTo("AF");
        });
        assertThat(lanes.values()).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo("ULY");
            assertThat(l.mode()).isEqualTo(Mode.RAIL);
            assertThat(country(l.to())).isIn("LV", "LT", "EE");
        });
        // Termez rail to the Baltic, Navoi air, the Caspian route, Karachi via Suez
        assertThat(lanes)
                .containsKeys(
                        "HAI-TMZ-RAIL",
                        "TMZ-RIX-RAIL",
                        "BAG-NVI-AIR",
                        "TMZ-AKT-RAIL",
                        "AKT-BAK-SEA",
                        "BAK-POT-RAIL",
                        "TKM-KHI-ROAD",
                        "CMN-KHI-ROAD");
        assertThat(lanes.values())
                .filteredOn(l -> l.from().equals("KHI") && l.mode() == Mode.SEA)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.transits()).contains("EG"));
        // direct strategic airlift from an Afghan base to Europe
        assertThat(lanes.values()).anySatisfy(l -> {
            assertThat(l.mode()).isEqualTo(Mode.AIR);
            assertThat(country(l.from())).isEqualTo("AF");
            assertThat(country(l.to())).isIn("DE", "GB", "FR", "NO");
        });
        // Baltic and Black Sea feeders to the home ports
        for (String port : List.of("RIX", "KLJ", "TLL", "POT")) {
            assertThat(lanes.values()).as(port).anySatisfy(l -> {
                assertThat(l.from()).isEqualTo(port);
                assertThat(l.mode()).isEqualTo(Mode.SEA);
                assertThat(l.to()).isIn("HGB", "HDE", "HFR", "HNO", "HUS");
            });
        }
    }

    @Test
    void shouldCostTheUlyanovskChainFiftyAndTheTermezChainThirtyThousandEuros() {
        double usdPerEuro = 1.29; // 2012 average, the rate the scenario notes state
        long ulyanovsk = cost("BAG-ULY-AIR", "ULY-RIX-RAIL", "RIX-HDE-SEA");
        long termez = cost("BAG-HAI-ROAD", "HAI-TMZ-RAIL", "TMZ-RIX-RAIL", "RIX-HDE-SEA");
        assertThat(ulyanovsk / usdPerEuro).isCloseTo(50_000, within(2_500.0));
        assertThat(termez / usdPerEuro).isCloseTo(30_000, within(1_500.0));
    }

    @Test
    void shouldCostTheNdnThreeToFourTimesThePakistaniRoute() {
        long termez = cost("BAG-HAI-ROAD", "HAI-TMZ-RAIL", "TMZ-RIX-RAIL", "RIX-HDE-SEA");
        long torkham = cost("BAG-TKM-ROAD", "TKM-KHI-ROAD", "KHI-HDE-SEA");
        long chaman = cost("KAF-CMN-ROAD", "CMN-KHI-ROAD", "KHI-HDE-SEA");
        assertThat((double) termez / torkham).isBetween(3.0, 4.0);
        assertThat((double) termez / chaman).isBetween(3.0, 4.0);
    }

    @Test
    void shouldCostRailAboutATenthOfAir() {
        double ratio = (double) lanes.get("ULY-RIX-RAIL").costPerTeu()
                / lanes.get("BAG-ULY-AIR").costPerTeu();
        assertThat(ratio).isBetween(0.08, 0.12);
        // direct airlift about ten times the surface route to Pakistan and the sea
        double direct = cost("BAG-LEJ-AIR", "LEJ-HDE-RAIL");
        assertThat(direct / cost("BAG-TKM-ROAD", "TKM-KHI-ROAD", "KHI-HDE-SEA")).isBetween(8.0, 12.0);
    }

    @Test
    void shouldShipForSeveralNationsEveryCargoClassToTheirHomeNode() {
        List<Shipment> shipments = scenario.shipments();
        assertThat(shipments.stream().map(Shipment::nation).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(shipments.stream().map(Shipment::cargoClass).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(CargoClass.class));
        Map<String, Set<String>> destinations = shipments.stream()
                .collect(Collectors.groupingBy(
                        Shipment::nation, Collectors.mapping(Shipment::destination, Collectors.toSet())));
        destinations.forEach((nation, homes) -> {
            assertThat(homes).as(nation).hasSize(1);
            assertThat(country(homes.iterator().next())).as(nation).isEqualTo(nation);
        });
        assertThat(shipments)
                .allSatisfy(s -> assertThat(country(s.origin())).as(s.id()).isEqualTo("AF"));
    }

    @Test
    void shouldGiveShipmentsSensibleLoadsAndWindows() {
        assertThat(scenario.shipments()).allSatisfy(s -> {
            assertThat(s.teu()).as(s.id()).isBetween(1, 4);
            // a loaded TEU weighs a few tonnes and at most the 24 t gross of a 20 ft container
            assertThat(s.weightTons() / s.teu()).as(s.id()).isBetween(3.0, 24.0);
            assertThat(s.priority()).as(s.id()).isBetween(1, 5);
            assertThat(s.availableAt())
                    .as(s.id())
                    .isAfterOrEqualTo(scenario.horizon().start());
            assertThat(s.dueAt())
                    .as(s.id())
                    .isBeforeOrEqualTo(scenario.horizon().end());
            assertThat(Duration.between(s.availableAt(), s.dueAt()).toHours())
                    .as(s.id())
                    .isBetween(10L * 24, 40L * 24);
        });
        assertThat(scenario.shipments().stream().map(Shipment::priority).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void shouldLetMostShipmentsArriveInTimeOnAnEmptyNetwork() {
        LawfulRoutes routes = new LawfulRoutes(scenario);
        long inTime = scenario.shipments().stream()
                .filter(s -> routes.earliest(s)
                        .filter(r -> !r.arrival().isAfter(s.dueAt()))
                        .isPresent())
                .count();
        assertThat(inTime)
                .isGreaterThanOrEqualTo(Math.round(scenario.shipments().size() * 0.85));
    }

    @Test
    void shouldGiveLethalCargoALawfulRouteHomeThatAvoidsRussiaAndUzbekistan() {
        LawfulRoutes routes = new LawfulRoutes(scenario);
        List<Shipment> lethal = scenario.shipments().stream()
                .filter(s -> s.cargoClass() == CargoClass.LETHAL)
                .toList();
        assertThat(lethal).isNotEmpty().allSatisfy(s -> {
            LawfulRoutes.Route route = routes.earliest(s).orElseThrow();
            for (String code : route.lanes()) {
                Lane lane = lanes.get(code);
                assertThat(lane.countries(country(lane.from()), country(lane.to())))
                        .as(s.id() + " on " + code)
                        .doesNotContain("RU", "UZ");
            }
        });
    }

    @Test
    void shouldRefuseLethalCargoAtUlyanovskAndAllowGeneralCargoOnceTheHubOpens() {
        LawfulRoutes routes = new LawfulRoutes(scenario);
        Shipment general = aShipment(CargoClass.GENERAL);
        Shipment lethal = aShipment(CargoClass.LETHAL);
        Lane toUlyanovsk = lanes.get("BAG-ULY-AIR");
        assertThat(routes.allowed(general, toUlyanovsk, Instant.parse("2012-08-02T06:00:00Z")))
                .isTrue();
        assertThat(routes.allowed(general, toUlyanovsk, Instant.parse("2012-07-26T06:00:00Z")))
                .isFalse();
        assertThat(routes.allowed(lethal, toUlyanovsk, Instant.parse("2012-08-02T06:00:00Z")))
                .isFalse();
        assertThat(routes.allowed(lethal, lanes.get("BAG-LEJ-AIR"), Instant.parse("2012-08-05T20:00:00Z")))
                .isTrue();
    }

    private static Shipment aShipment(CargoClass cargoClass) {
        return new Shipment(
                "GB-TEST",
                "GB",
                "BAG",
                "HGB",
                cargoClass,
                1,
                10.0,
                Instant.parse("2012-08-01T00:00:00Z"),
                Instant.parse("2012-09-01T00:00:00Z"),
                3,
                List.of());
    }

    private static List<Permission> permissionsOf(String country) {
        return scenario.permissions().stream()
                .filter(p -> p.country().equals(country))
                .toList();
    }

    private static String country(String node) {
        return nodes.get(node).country();
    }

    private static long cost(String... laneCodes) {
        long sum = 0;
        for (String code : laneCodes) {
            assertThat(lanes).containsKey(code);
            sum += lanes.get(code).costPerTeu();
        }
        return sum;
    }
}
