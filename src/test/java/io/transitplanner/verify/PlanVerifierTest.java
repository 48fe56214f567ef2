package io.transitplanner.verify;

import static io.transitplanner.testdata.Fixtures.aLane;
import static io.transitplanner.testdata.Fixtures.aLaneDisruption;
import static io.transitplanner.testdata.Fixtures.aNode;
import static io.transitplanner.testdata.Fixtures.aNodeDisruption;
import static io.transitplanner.testdata.Fixtures.aPermission;
import static io.transitplanner.testdata.Fixtures.aPlan;
import static io.transitplanner.testdata.Fixtures.aQuota;
import static io.transitplanner.testdata.Fixtures.aScenario;
import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.assignment;
import static io.transitplanner.testdata.Fixtures.at;
import static io.transitplanner.testdata.Fixtures.daily;
import static io.transitplanner.testdata.Fixtures.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.testdata.Fixtures;
import io.transitplanner.testdata.Fixtures.LaneBuilder;
import io.transitplanner.testdata.Fixtures.ScenarioBuilder;
import io.transitplanner.testdata.Fixtures.ShipmentBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanVerifierTest {

    // ------------------------------------------------------------------ a small network
    //
    // ORG (AF) --ORG-HUB road, daily 06:00, 10 h, 100 $/TEU--> HUB (UZ, 12 h handling)
    //          --HUB-DST rail, daily 08:00 and 20:00, 30 h, 200 $/TEU, via RU--> DST (LV)
    //
    // The itinerary of reference leaves ORG on Monday 6 August 06:00, reaches HUB at 16:00, may leave it from
    // Tuesday 04:00, leaves at 08:00 and reaches DST on Wednesday 8 August 14:00, well before the default due date.

    static LaneBuilder orgHub() {
        return aLane("ORG-HUB", "ORG", "HUB");
    }

    static LaneBuilder hubDst() {
        return aLane("HUB-DST", "HUB", "DST")
                .mode(Mode.RAIL)
                .transitHours(30)
                .capacityTeu(20)
                .costPerTeu(200)
                .transits("RU")
                .schedule(daily("08:00", "20:00"));
    }

    static LaneBuilder hubOrg() {
        return aLane("HUB-ORG", "HUB", "ORG");
    }

    /** A second lane out of ORG, departing just after midnight and just before it. */
    static LaneBuilder orgHubAir() {
        return aLane("ORG-HUB-AIR", "ORG", "HUB").mode(Mode.AIR).transitHours(4).schedule(daily("01:00", "23:00"));
    }

    static ScenarioBuilder network() {
        return aScenario()
                .nodes(
                        aNode("ORG").in("AF"),
                        aNode("HUB").in("UZ").handlingHours(12),
                        aNode("DST").in("LV"))
                .lanes(orgHub(), hubDst(), hubOrg(), orgHubAir());
    }

    static ScenarioBuilder openNetwork() {
        return network().openCountries("AF", "UZ", "RU", "LV");
    }

    static final Leg FIRST = leg(orgHub(), at("2012-08-06T06:00"));
    static final Leg SECOND = leg(hubDst(), at("2012-08-07T08:00"));

    static Verdict verify(ScenarioBuilder scenario, Assignment... assignments) {
        return PlanVerifier.verify(scenario.build(), aPlan(assignments));
    }

    /** Verifies with exactly these shipments, whatever the builder held, so one network serves several cases. */
    static Verdict verify(ScenarioBuilder network, List<ShipmentBuilder> shipments, Assignment... assignments) {
        Scenario scenario = network.build()
                .withShipments(shipments.stream().map(ShipmentBuilder::build).toList());
        return PlanVerifier.verify(scenario, aPlan(assignments));
    }

    static Set<String> brokenRules(Verdict verdict) {
        return verdict.violations().stream().map(Violation::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    static void assertValid(Verdict verdict) {
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.score().hard()).isZero();
        assertThat(verdict.rules()).allMatch(RuleResult::holds);
    }

    static void assertBreaksOnly(Verdict verdict, String rule) {
        assertThat(verdict.valid()).isFalse();
        assertThat(brokenRules(verdict)).containsExactly(rule);
        assertThat(verdict.rules())
                .filteredOn(r -> r.rule().equals(rule))
                .singleElement()
                .satisfies(r -> assertThat(r.violations())
                        .isEqualTo(verdict.violations().size()));
        assertThat(verdict.score().hard()).isNegative();
    }

    @Test
    void referenceItineraryIsValid() {
        Verdict verdict =
                verify(openNetwork().shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST, SECOND));

        assertValid(verdict);
        assertThat(verdict.rules())
                .extracting(RuleResult::rule)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "7x");
    }

    // ------------------------------------------------------------------ rule 1

    @Nested
    class Rule1Itinerary {
        @Test
        void itineraryStoppingShortOfTheDestinationIsPenalized() {
            Verdict verdict = verify(openNetwork().shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST));

            assertBreaksOnly(verdict, "1");
            assertThat(verdict.violations().get(0).message()).contains("not the destination DST");
        }

        @Test
        void firstLegLeavingElsewhereThanTheOriginIsPenalized() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", leg(hubDst(), at("2012-08-06T08:00"))));

            assertBreaksOnly(verdict, "1");
            assertThat(verdict.violations().get(0).message()).contains("not the origin ORG");
        }

        @Test
        void legLeavingWhereThePreviousOneDidNotArriveIsPenalized() {
            // ORG -> HUB, then ORG -> HUB again: a gap (the shipment is at HUB) and HUB reached twice.
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment(
                            "S1", FIRST, leg(orgHub(), at("2012-08-07T06:00")), leg(hubDst(), at("2012-08-08T08:00"))));

            assertBreaksOnly(verdict, "1");
            assertThat(verdict.violations())
                    .extracting(Violation::message)
                    .anySatisfy(m -> assertThat(m).contains("leaves ORG but leg 1 arrived at HUB"))
                    .anySatisfy(m -> assertThat(m).contains("node HUB more than once"));
        }

        @Test
        void nodeVisitedTwiceIsPenalized() {
            // ORG -> HUB -> ORG -> HUB -> DST: continuous and timely, but ORG and HUB are each visited twice.
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment(
                            "S1",
                            FIRST,
                            leg(hubOrg(), at("2012-08-07T06:00")),
                            leg(orgHub(), at("2012-08-08T06:00")),
                            leg(hubDst(), at("2012-08-09T08:00"))));

            assertBreaksOnly(verdict, "1");
            assertThat(verdict.violations()).hasSize(2);
        }

        @Test
        void unplannedShipmentIsNotPenalized() {
            assertValid(verify(openNetwork().shipments(aShipment("S1", "ORG", "DST")), assignment("S1")));
        }
    }

    // ------------------------------------------------------------------ rule 2

    @Nested
    class Rule2Departures {
        @Test
        void departureTheScheduleDoesNotNameIsPenalized() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", leg(orgHub(), at("2012-08-06T07:00")), SECOND));

            assertBreaksOnly(verdict, "2");
        }

        @Test
        void arrivalOtherThanDeparturePlusTransitIsPenalized() {
            Leg oneHourSlow = new Leg("ORG-HUB", at("2012-08-06T06:00"), at("2012-08-06T17:00"));

            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")), assignment("S1", oneHourSlow, SECOND));

            assertBreaksOnly(verdict, "2");
            assertThat(verdict.violations().get(0).message()).contains("departure + 10 h is 2012-08-06T16:00:00Z");
        }

        @Test
        void legArrivingAfterTheHorizonIsPenalized() {
            // HUB-DST at 4 September 08:00 arrives on 5 September 14:00, after the horizon ends at 00:00.
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", leg(orgHub(), at("2012-09-03T06:00")), leg(hubDst(), at("2012-09-04T08:00"))));

            assertBreaksOnly(verdict, "2");
            assertThat(verdict.violations().get(0).message()).contains("outside the horizon");
        }

        @Test
        void legDepartingBeforeTheHorizonIsPenalized() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").availableAt(at("2012-08-01T00:00"))),
                    assignment("S1", leg(orgHub(), at("2012-08-05T06:00")), leg(hubDst(), at("2012-08-06T08:00"))));

            assertBreaksOnly(verdict, "2");
        }

        @Test
        void lastDepartureThatStillArrivesInTheHorizonIsNotPenalized() {
            // HUB-DST at 3 September 20:00 would arrive on 5 September 02:00; the 08:00 one arrives on the 4th.
            assertValid(verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").dueAt(Fixtures.END)),
                    assignment("S1", leg(orgHub(), at("2012-09-02T06:00")), leg(hubDst(), at("2012-09-03T08:00")))));
        }

        @Test
        void unknownLaneIsPenalizedAndNeverThrows() {
            Leg nowhere = new Leg("NO-SUCH-LANE", at("2012-08-07T08:00"), at("2012-08-08T14:00"));

            Verdict verdict =
                    verify(openNetwork().shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST, nowhere));

            assertBreaksOnly(verdict, "2");
            assertThat(verdict.violations().get(0).message()).contains("unknown lane 'NO-SUCH-LANE'");
        }
    }

    // ------------------------------------------------------------------ rule 3

    @Nested
    class Rule3Timing {
        @Test
        void departureBeforeTheShipmentIsAvailableIsPenalized() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").availableAt(at("2012-08-06T07:00"))),
                    assignment("S1", FIRST, SECOND));

            assertBreaksOnly(verdict, "3");
        }

        @Test
        void departureWhenTheShipmentBecomesAvailableIsNotPenalized() {
            assertValid(verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").availableAt(at("2012-08-06T06:00"))),
                    assignment("S1", FIRST, SECOND)));
        }

        @Test
        void departureBeforeHandlingIsDoneIsPenalized() {
            // Arrives at HUB at 16:00; with 12 h of handling the 20:00 departure is too early.
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, leg(hubDst(), at("2012-08-06T20:00"))));

            assertBreaksOnly(verdict, "3");
            assertThat(verdict.violations().get(0).message()).contains("12 h handling");
        }

        @Test
        void departureExactlyWhenHandlingIsDoneIsNotPenalized() {
            // 16 h of handling at HUB: ready at 08:00 the next day, when HUB-DST departs.
            ScenarioBuilder slowHub = aScenario()
                    .nodes(
                            aNode("ORG").in("AF"),
                            aNode("HUB").in("UZ").handlingHours(16),
                            aNode("DST").in("LV"))
                    .lanes(orgHub(), hubDst())
                    .openCountries("AF", "UZ", "RU", "LV");

            assertValid(verify(slowHub.shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST, SECOND)));
        }
    }

    // ------------------------------------------------------------------ rule 4

    @Nested
    class Rule4PermissionsAndClosures {
        @Test
        void transitCountryWithoutPermissionIsPenalized() {
            Verdict verdict = verify(
                    network().openCountries("AF", "UZ", "LV").shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND));

            assertBreaksOnly(verdict, "4");
            assertThat(verdict.violations().get(0).message()).contains("in RU").contains("leg 2");
        }

        @Test
        void permissionForOtherNationsIsPenalized() {
            ScenarioBuilder onlyBritish = network()
                    .openCountries("AF", "UZ", "LV")
                    .permissions(aPermission("RU", EnumSet.allOf(CargoClass.class), null, Set.of("GB"), null, null));

            assertBreaksOnly(
                    verify(
                            onlyBritish.shipments(aShipment("S1", "ORG", "DST").nation("US")),
                            assignment("S1", FIRST, SECOND)),
                    "4");
        }

        @Test
        void permissionForThatNationIsNotPenalized() {
            ScenarioBuilder onlyBritish = network()
                    .openCountries("AF", "UZ", "LV")
                    .permissions(aPermission("RU", EnumSet.allOf(CargoClass.class), null, Set.of("GB"), null, null));

            assertValid(verify(
                    onlyBritish.shipments(aShipment("S1", "ORG", "DST").nation("GB")),
                    assignment("S1", FIRST, SECOND)));
        }

        @Test
        void permissionForOtherModesIsPenalized() {
            ScenarioBuilder airOnly = network()
                    .openCountries("AF", "UZ", "LV")
                    .permissions(
                            aPermission("RU", EnumSet.allOf(CargoClass.class), Set.of(Mode.AIR), null, null, null));

            assertBreaksOnly(
                    verify(airOnly.shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST, SECOND)), "4");
        }

        @Test
        void permissionForOtherCargoIsPenalized() {
            ScenarioBuilder generalOnly = network()
                    .openCountries("AF", "UZ", "LV")
                    .permissions(aPermission("RU", Set.of(CargoClass.GENERAL), null, null, null, null));

            assertValid(verify(generalOnly.shipments(aShipment("S1", "ORG", "DST")), assignment("S1", FIRST, SECOND)));
            assertBreaksOnly(
                    verify(
                            network()
                                    .openCountries("AF", "UZ", "LV")
                                    .permissions(aPermission("RU", Set.of(CargoClass.GENERAL), null, null, null, null))
                                    .shipments(aShipment("S1", "ORG", "DST").cargoClass(CargoClass.LETHAL)),
                            assignment("S1", FIRST, SECOND)),
                    "4");
        }

        @Test
        void permissionHoldsFromItsStartUntilJustBeforeItsEnd() {
            // The leg through RU departs on 7 August 08:00; validity is [validFrom, validTo).
            assertThat(withRussianValidity("2012-08-07T08:00", null).valid()).isTrue();
            assertThat(withRussianValidity("2012-08-07T09:00", null).violationsOf("4"))
                    .hasSize(1);
            assertThat(withRussianValidity(null, "2012-08-07T09:00").valid()).isTrue();
            assertThat(withRussianValidity(null, "2012-08-07T08:00").violationsOf("4"))
                    .hasSize(1);
        }

        private Verdict withRussianValidity(String validFrom, String validTo) {
            return verify(
                    network()
                            .openCountries("AF", "UZ", "LV")
                            .permissions(aPermission(
                                    "RU",
                                    EnumSet.allOf(CargoClass.class),
                                    null,
                                    null,
                                    validFrom == null ? null : at(validFrom),
                                    validTo == null ? null : at(validTo)))
                            .shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND));
        }

        @Test
        void arrivalAtAClosedNodeIsPenalized() {
            Verdict verdict = verify(
                    openNetwork()
                            .disruptions(aNodeDisruption("HUB", at("2012-08-06T12:00"), at("2012-08-06T20:00"), 0.0))
                            .shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND));

            assertBreaksOnly(verdict, "4");
            assertThat(verdict.violations().get(0).message())
                    .contains("arrives at HUB")
                    .contains("closed");
        }

        @Test
        void departureFromAClosedNodeIsPenalized() {
            Verdict verdict = verify(
                    openNetwork()
                            .disruptions(aNodeDisruption("HUB", at("2012-08-07T08:00"), at("2012-08-07T09:00"), 0.0))
                            .shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND));

            assertBreaksOnly(verdict, "4");
            assertThat(verdict.violations().get(0).message()).contains("departs from HUB");
        }

        @Test
        void closureEndingWhenTheLegArrivesIsNotPenalized() {
            assertValid(verify(
                    openNetwork()
                            .disruptions(aNodeDisruption("HUB", at("2012-08-06T12:00"), at("2012-08-06T16:00"), 0.0))
                            .shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND)));
        }

        @Test
        void reducedNodeThatIsNotClosedIsNotPenalized() {
            assertValid(verify(
                    openNetwork()
                            .disruptions(aNodeDisruption("HUB", at("2012-08-06T12:00"), at("2012-08-07T20:00"), 0.5))
                            .shipments(aShipment("S1", "ORG", "DST")),
                    assignment("S1", FIRST, SECOND)));
        }
    }

    // ------------------------------------------------------------------ rule 5

    @Nested
    class Rule5PinnedLegs {
        @Test
        void pinnedLegsKeptFirstAreNotPenalized() {
            assertValid(verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").pinned(FIRST)),
                    assignment("S1", FIRST, SECOND)));
        }

        @Test
        void droppedPinnedLegsArePenalized() {
            Verdict verdict =
                    verify(openNetwork().shipments(aShipment("S1", "ORG", "DST").pinned(FIRST)), assignment("S1"));

            assertBreaksOnly(verdict, "5");
            assertThat(verdict.violations().get(0).shipment()).isEqualTo("S1");
        }

        @Test
        void replacedPinnedLegsArePenalized() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").pinned(FIRST)),
                    assignment("S1", leg(orgHub(), at("2012-08-07T06:00")), leg(hubDst(), at("2012-08-08T08:00"))));

            assertBreaksOnly(verdict, "5");
        }

        @Test
        void pinnedLegsAreExemptFromRules2To4AndTheHorizon() {
            // Booked before the horizon and before the shipment was available, through AF which no permission opens,
            // arriving at HUB while it is closed: facts, not choices.
            Leg bookedEarly = leg(orgHub(), at("2012-08-05T06:00"));
            ScenarioBuilder scenario = network()
                    .openCountries("UZ", "RU", "LV")
                    .disruptions(aNodeDisruption("HUB", at("2012-08-05T12:00"), at("2012-08-05T20:00"), 0.0))
                    .shipments(aShipment("S1", "ORG", "DST").pinned(bookedEarly));

            assertValid(verify(scenario, assignment("S1", bookedEarly, leg(hubDst(), at("2012-08-06T08:00")))));
        }

        @Test
        void firstLegAfterPinnedLegsMustWaitForTheirArrivalAndHandling() {
            Verdict verdict = verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").pinned(FIRST)),
                    assignment("S1", FIRST, leg(hubDst(), at("2012-08-06T20:00"))));

            assertBreaksOnly(verdict, "3");
        }

        @Test
        void shipmentMayStopAfterItsPinnedLegs() {
            assertValid(verify(
                    openNetwork().shipments(aShipment("S1", "ORG", "DST").pinned(FIRST)), assignment("S1", FIRST)));
        }

        @Test
        void pinnedLegsCountInLaneCapacity() {
            Verdict verdict = verify(
                    openNetwork()
                            .shipments(
                                    aShipment("S1", "ORG", "HUB").teu(6).pinned(FIRST),
                                    aShipment("S2", "ORG", "HUB").teu(6)),
                    assignment("S1", FIRST),
                    assignment("S2", FIRST));

            assertBreaksOnly(verdict, "6");
            assertThat(verdict.score().hard()).isEqualTo(-2); // 12 TEU on a 10 TEU departure
        }
    }

    // ------------------------------------------------------------------ rule 6

    @Nested
    class Rule6LaneCapacity {
        private Verdict twoOnFirstDeparture(ScenarioBuilder scenario, int teu1, double tons1, int teu2, double tons2) {
            return verify(
                    scenario,
                    List.of(
                            aShipment("S1", "ORG", "HUB").teu(teu1).weightTons(tons1),
                            aShipment("S2", "ORG", "HUB").teu(teu2).weightTons(tons2)),
                    assignment("S1", FIRST),
                    assignment("S2", FIRST));
        }

        @Test
        void departureOverItsTeuIsPenalizedByTheTeuOver() {
            Verdict verdict = twoOnFirstDeparture(openNetwork(), 6, 10, 6, 10);

            assertBreaksOnly(verdict, "6");
            assertThat(verdict.violations()).singleElement().satisfies(v -> {
                assertThat(v.magnitude()).isEqualTo(2);
                assertThat(v.shipment()).isNull();
            });
            assertThat(verdict.score().hard()).isEqualTo(-2);
        }

        @Test
        void departureFilledToItsTeuIsNotPenalized() {
            assertValid(twoOnFirstDeparture(openNetwork(), 5, 10, 5, 10));
        }

        @Test
        void separateDeparturesDoNotAddUp() {
            assertValid(verify(
                    openNetwork()
                            .shipments(
                                    aShipment("S1", "ORG", "HUB").teu(6),
                                    aShipment("S2", "ORG", "HUB").teu(6)),
                    assignment("S1", FIRST),
                    assignment("S2", leg(orgHub(), at("2012-08-07T06:00")))));
        }

        private ScenarioBuilder tonnageLimited(double capacityTons) {
            return aScenario()
                    .nodes(aNode("ORG").in("AF"), aNode("HUB").in("UZ"))
                    .lanes(orgHub().capacityTons(capacityTons))
                    .openCountries("AF", "UZ");
        }

        @Test
        void departureFilledToItsTonnesIsNotPenalized() {
            assertValid(twoOnFirstDeparture(tonnageLimited(60.0), 1, 30.0, 1, 30.0));
        }

        @Test
        void departureAHairOverItsTonnesIsPenalizedByAWholeTonne() {
            Verdict verdict = twoOnFirstDeparture(tonnageLimited(60.0), 1, 30.0, 1, 30.0001);

            assertBreaksOnly(verdict, "6");
            assertThat(verdict.score().hard()).isEqualTo(-1);
        }

        @Test
        void tonnesAddUpAsWrittenNotAsBinaryFractions() {
            // 0.1 + 0.2 is 0.30000000000000004 in double arithmetic.
            assertValid(twoOnFirstDeparture(tonnageLimited(0.3), 1, 0.1, 1, 0.2));
        }

        @Test
        void tonnesOverAreRoundedUp() {
            Verdict verdict = twoOnFirstDeparture(tonnageLimited(60.0), 1, 31.5, 1, 30.0);

            assertThat(verdict.score().hard()).isEqualTo(-2); // 1.5 t over
        }

        @Test
        void disruptedDepartureHasTheReducedTeu() {
            // Factor 0.5 of 10 TEU: 5 TEU.
            ScenarioBuilder halved = openNetwork()
                    .disruptions(aLaneDisruption("ORG-HUB", at("2012-08-06T00:00"), at("2012-08-07T00:00"), 0.5));

            Verdict verdict = twoOnFirstDeparture(halved, 3, 10, 3, 10);

            assertBreaksOnly(verdict, "6");
            assertThat(verdict.score().hard()).isEqualTo(-1);
        }

        @Test
        void departureAfterTheDisruptionHasTheFullTeu() {
            ScenarioBuilder halvedBefore = openNetwork()
                    .disruptions(aLaneDisruption("ORG-HUB", at("2012-08-05T00:00"), at("2012-08-06T06:00"), 0.5));

            assertValid(twoOnFirstDeparture(halvedBefore, 3, 10, 3, 10));
        }

        @Test
        void reducedTeuIsRoundedDown() {
            // 7 TEU at factor 0.5 is 3.5, so 3 TEU.
            ScenarioBuilder scenario = aScenario()
                    .nodes(aNode("ORG").in("AF"), aNode("HUB").in("UZ"))
                    .lanes(orgHub().capacityTeu(7))
                    .openCountries("AF", "UZ")
                    .disruptions(aLaneDisruption("ORG-HUB", at("2012-08-06T00:00"), at("2012-08-07T00:00"), 0.5));

            assertValid(twoOnFirstDeparture(scenario, 2, 10, 1, 10));
            assertThat(twoOnFirstDeparture(scenario, 2, 10, 2, 10).score().hard())
                    .isEqualTo(-1);
        }

        @Test
        void lowestFactorOfOverlappingDisruptionsHolds() {
            ScenarioBuilder scenario = openNetwork()
                    .disruptions(
                            aLaneDisruption("ORG-HUB", at("2012-08-06T00:00"), at("2012-08-07T00:00"), 0.8),
                            aLaneDisruption("ORG-HUB", at("2012-08-06T05:00"), at("2012-08-06T07:00"), 0.3));

            assertValid(twoOnFirstDeparture(scenario, 2, 10, 1, 10));
            assertThat(twoOnFirstDeparture(scenario, 2, 10, 2, 10).score().hard())
                    .isEqualTo(-1);
        }

        @Test
        void reducedTeuIsComputedAsWritten() {
            // 100 TEU at 0.29 is 29 TEU; 100 * 0.29 is 28.999999999999996 in double arithmetic.
            ScenarioBuilder scenario = aScenario()
                    .nodes(aNode("ORG").in("AF"), aNode("HUB").in("UZ"))
                    .lanes(orgHub().capacityTeu(100))
                    .openCountries("AF", "UZ")
                    .disruptions(aLaneDisruption("ORG-HUB", at("2012-08-06T00:00"), at("2012-08-07T00:00"), 0.29));

            assertValid(twoOnFirstDeparture(scenario, 20, 10, 9, 10));
            assertThat(twoOnFirstDeparture(scenario, 20, 10, 10, 10).score().hard())
                    .isEqualTo(-1);
        }

        @Test
        void disruptedTonnesAreReducedToo() {
            // 60 t at factor 0.5: 30 t.
            ScenarioBuilder scenario = tonnageLimited(60.0)
                    .disruptions(aLaneDisruption("ORG-HUB", at("2012-08-06T00:00"), at("2012-08-07T00:00"), 0.5));

            assertValid(twoOnFirstDeparture(scenario, 1, 15.0, 1, 15.0));
            assertThat(twoOnFirstDeparture(scenario, 1, 15.0, 1, 15.5).score().hard())
                    .isEqualTo(-1);
        }
    }

    // ------------------------------------------------------------------ rule 7

    @Nested
    class Rule7NodeThroughput {
        private ScenarioBuilder orgThroughput(int teuPerDay) {
            return aScenario()
                    .nodes(
                            aNode("ORG").in("AF").throughput(teuPerDay),
                            aNode("HUB").in("UZ"))
                    .lanes(orgHub(), orgHubAir())
                    .openCountries("AF", "UZ");
        }

        private Verdict twoDepartures(ScenarioBuilder scenario, int teu1, Leg leg1, int teu2, Leg leg2) {
            return verify(
                    scenario,
                    List.of(
                            aShipment("S1", "ORG", "HUB").teu(teu1),
                            aShipment("S2", "ORG", "HUB").teu(teu2)),
                    assignment("S1", leg1),
                    assignment("S2", leg2));
        }

        @Test
        void dayOverItsThroughputOnAllLanesIsPenalized() {
            Verdict verdict = twoDepartures(orgThroughput(5), 3, FIRST, 3, leg(orgHubAir(), at("2012-08-06T23:00")));

            assertBreaksOnly(verdict, "7");
            assertThat(verdict.score().hard()).isEqualTo(-1);
        }

        @Test
        void departuresOnTwoUtcDaysAreNotAddedUp() {
            assertValid(twoDepartures(
                    orgThroughput(5),
                    3,
                    leg(orgHubAir(), at("2012-08-06T23:00")),
                    3,
                    leg(orgHubAir(), at("2012-08-07T01:00"))));
        }

        @Test
        void disruptionOverlappingTheDayLowersItsWholeThroughput() {
            // The window [6 Aug 22:00, 7 Aug 02:00) overlaps both days: 5 TEU at 0.5 is 2 TEU each day, even for a
            // departure at 23:00 on the 7th, outside the window itself.
            ScenarioBuilder scenario = orgThroughput(5)
                    .disruptions(aNodeDisruption("ORG", at("2012-08-06T22:00"), at("2012-08-07T02:00"), 0.5));
            Leg late7 = leg(orgHubAir(), at("2012-08-07T23:00"));

            assertBreaksOnly(twoDepartures(scenario, 2, FIRST, 3, late7), "7");
            assertValid(twoDepartures(scenario, 2, FIRST, 2, late7));
            assertValid(twoDepartures(scenario, 2, FIRST, 5, leg(orgHubAir(), at("2012-08-08T01:00"))));
        }

        @Test
        void closureStopsTheDayEvenOutsideItsWindow() {
            // Closed [6 Aug 00:00, 05:00): the 06:00 departure is not inside the closure (rule 4 holds) but the day's
            // throughput is 5 * 0 = 0.
            ScenarioBuilder scenario = orgThroughput(5)
                    .disruptions(aNodeDisruption("ORG", at("2012-08-06T00:00"), at("2012-08-06T05:00"), 0.0));

            Verdict verdict = verify(scenario.shipments(aShipment("S1", "ORG", "HUB")), assignment("S1", FIRST));

            assertBreaksOnly(verdict, "7");
        }

        @Test
        void nodeWithoutThroughputIsUnlimited() {
            assertValid(twoDepartures(
                    aScenario()
                            .nodes(aNode("ORG").in("AF"), aNode("HUB").in("UZ"))
                            .lanes(orgHub(), orgHubAir())
                            .openCountries("AF", "UZ"),
                    10,
                    FIRST,
                    10,
                    leg(orgHubAir(), at("2012-08-06T23:00"))));
        }
    }

    // ------------------------------------------------------------------ rule 8

    @Nested
    class Rule8Quotas {
        private Verdict twoTrips(ScenarioBuilder scenario, Assignment a1, Assignment a2) {
            return verify(
                    scenario,
                    List.of(
                            aShipment("S1", "ORG", "DST").teu(3).dueAt(Fixtures.END),
                            aShipment("S2", "ORG", "DST").teu(3).dueAt(Fixtures.END)),
                    a1,
                    a2);
        }

        private Assignment toHub(String shipment, String departure) {
            return assignment(shipment, leg(orgHub(), at(departure)));
        }

        private ScenarioBuilder toHubOnly() {
            return aScenario()
                    .nodes(aNode("ORG").in("AF"), aNode("HUB").in("UZ"))
                    .lanes(orgHub(), orgHubAir())
                    .openCountries("AF", "UZ");
        }

        private Verdict twoToHub(
                ScenarioBuilder scenario, String shipment1Nation, CargoClass class1, Assignment a1, Assignment a2) {
            return verify(
                    scenario,
                    List.of(
                            aShipment("S1", "ORG", "HUB")
                                    .teu(3)
                                    .nation(shipment1Nation)
                                    .cargoClass(class1),
                            aShipment("S2", "ORG", "HUB").teu(3)),
                    a1,
                    a2);
        }

        @Test
        void weekOverItsQuotaIsPenalizedByTheTeuOver() {
            Verdict verdict = twoToHub(
                    toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 4)),
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-06T06:00"),
                    toHub("S2", "2012-08-12T06:00"));

            assertBreaksOnly(verdict, "8");
            assertThat(verdict.score().hard()).isEqualTo(-2);
        }

        @Test
        void entriesInTwoIsoWeeksAreNotAddedUp() {
            // Sunday 12 August and Monday 13 August.
            assertValid(twoToHub(
                    toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 4)),
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-12T06:00"),
                    toHub("S2", "2012-08-13T06:00")));
        }

        @Test
        void entryCountsInThePeriodOfItsDeparture() {
            // Departs Sunday 23:00, arrives Monday 03:00: the entry belongs to the week that is ending.
            assertValid(twoToHub(
                    toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 4)),
                    "US",
                    CargoClass.GENERAL,
                    assignment("S1", leg(orgHubAir(), at("2012-08-12T23:00"))),
                    toHub("S2", "2012-08-13T06:00")));
        }

        @Test
        void monthQuotaCountsCalendarMonths() {
            ScenarioBuilder scenario = toHubOnly().quotas(aQuota("UZ", QuotaPeriod.MONTH, 4));

            assertValid(twoToHub(
                    scenario,
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-31T06:00"),
                    toHub("S2", "2012-09-01T06:00")));
            assertBreaksOnly(
                    twoToHub(
                            toHubOnly().quotas(aQuota("UZ", QuotaPeriod.MONTH, 4)),
                            "US",
                            CargoClass.GENERAL,
                            toHub("S1", "2012-08-06T06:00"),
                            toHub("S2", "2012-08-31T06:00")),
                    "8");
        }

        @Test
        void originCountryIsNotEntered() {
            assertValid(twoToHub(
                    toHubOnly().quotas(aQuota("AF", QuotaPeriod.WEEK, 0)),
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-06T06:00"),
                    toHub("S2", "2012-08-07T06:00")));
        }

        @Test
        void countryOfThePreviousLegIsNotEnteredAgain() {
            // Both legs touch UZ (HUB is there): one entry of 3 TEU each, 6 in all.
            assertValid(twoTrips(
                    openNetwork().quotas(aQuota("UZ", QuotaPeriod.WEEK, 6)),
                    assignment("S1", FIRST, SECOND),
                    assignment("S2", leg(orgHub(), at("2012-08-07T06:00")), leg(hubDst(), at("2012-08-08T08:00")))));
        }

        @Test
        void transitCountryIsEntered() {
            Verdict verdict = twoTrips(
                    openNetwork().quotas(aQuota("RU", QuotaPeriod.WEEK, 5)),
                    assignment("S1", FIRST, SECOND),
                    assignment("S2", leg(orgHub(), at("2012-08-07T06:00")), leg(hubDst(), at("2012-08-08T08:00"))));

            assertBreaksOnly(verdict, "8");
            assertThat(verdict.score().hard()).isEqualTo(-1);
        }

        @Test
        void quotaOfOneNationCountsOnlyItsShipments() {
            ScenarioBuilder british = toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 4, "GB", null));

            assertValid(twoToHub(
                    british,
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-06T06:00"),
                    toHub("S2", "2012-08-07T06:00")));
            assertValid(twoToHub(
                    toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 2, "GB", null)),
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-06T06:00"),
                    toHub("S2", "2012-08-07T06:00")));
            assertBreaksOnly(
                    twoToHub(
                            toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 2, "GB", null)),
                            "GB",
                            CargoClass.GENERAL,
                            toHub("S1", "2012-08-06T06:00"),
                            toHub("S2", "2012-08-07T06:00")),
                    "8");
        }

        @Test
        void quotaOfOneCargoClassCountsOnlyThatClass() {
            assertValid(twoToHub(
                    toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 2, null, CargoClass.LETHAL)),
                    "US",
                    CargoClass.GENERAL,
                    toHub("S1", "2012-08-06T06:00"),
                    toHub("S2", "2012-08-07T06:00")));
            assertBreaksOnly(
                    twoToHub(
                            toHubOnly().quotas(aQuota("UZ", QuotaPeriod.WEEK, 2, null, CargoClass.LETHAL)),
                            "US",
                            CargoClass.LETHAL,
                            toHub("S1", "2012-08-06T06:00"),
                            toHub("S2", "2012-08-07T06:00")),
                    "8");
        }
    }

    // ------------------------------------------------------------------ section 7

    @Nested
    class OneAssignmentPerShipment {
        private ScenarioBuilder twoShipments() {
            return openNetwork().shipments(aShipment("S1", "ORG", "DST"), aShipment("S2", "ORG", "DST"));
        }

        @Test
        void everyShipmentAssignedOnceIsNotPenalized() {
            assertValid(verify(twoShipments(), assignment("S1", FIRST, SECOND), assignment("S2")));
        }

        @Test
        void missingAssignmentIsPenalized() {
            Verdict verdict = verify(twoShipments(), assignment("S1", FIRST, SECOND));

            assertBreaksOnly(verdict, "7x");
            assertThat(verdict.violations().get(0).shipment()).isEqualTo("S2");
        }

        @Test
        void secondAssignmentIsPenalized() {
            assertBreaksOnly(
                    verify(twoShipments(), assignment("S1", FIRST, SECOND), assignment("S2"), assignment("S2")), "7x");
        }

        @Test
        void assignmentOfAnUnknownShipmentIsPenalized() {
            Verdict verdict = verify(
                    twoShipments(), assignment("S1", FIRST, SECOND), assignment("S2"), assignment("S9", FIRST, SECOND));

            assertBreaksOnly(verdict, "7x");
            assertThat(verdict.violations().get(0).shipment()).isEqualTo("S9");
        }
    }

    // ------------------------------------------------------------------ score

    @Nested
    class Score {
        // S1: 2 TEU, priority 3 (weight 4), due 10 August 00:00 unless said otherwise.
        private ScenarioBuilder withS1(java.time.Instant dueAt, int priority) {
            return openNetwork()
                    .shipments(aShipment("S1", "ORG", "DST")
                            .teu(2)
                            .priority(priority)
                            .dueAt(dueAt));
        }

        @Test
        void onTimeDeliveryCostsOnlyItsLegs() {
            Verdict verdict = verify(withS1(at("2012-08-10T00:00"), 3), assignment("S1", FIRST, SECOND));

            // 2 TEU * (100 + 200) $
            assertThat(verdict.score()).isEqualTo(new PlanScore(0, 0, -600));
        }

        @Test
        void arrivalOneMinuteLateIsOneHourLate() {
            // Arrives 8 August 14:00, due 13:59: 1 h * 2 TEU * weight 4.
            assertThat(verify(withS1(at("2012-08-08T13:59"), 3), assignment("S1", FIRST, SECOND))
                            .score()
                            .medium())
                    .isEqualTo(-8);
        }

        @Test
        void latenessIsRoundedUpToWholeHours() {
            assertThat(mediumDueAt("2012-08-08T14:00")).isZero();
            assertThat(mediumDueAt("2012-08-08T15:00")).isZero();
            assertThat(mediumDueAt("2012-08-08T13:00")).isEqualTo(-8);
            assertThat(mediumDueAt("2012-08-08T12:59")).isEqualTo(-16);
            assertThat(mediumDueAt("2012-08-07T14:00")).isEqualTo(-24 * 8);
        }

        private long mediumDueAt(String dueAt) {
            return verify(withS1(at(dueAt), 3), assignment("S1", FIRST, SECOND))
                    .score()
                    .medium();
        }

        @Test
        void priorityWeighsLateness() {
            // One minute late, 2 TEU: priority 1 weighs 16, priority 5 weighs 1.
            assertThat(verify(withS1(at("2012-08-08T13:59"), 1), assignment("S1", FIRST, SECOND))
                            .score()
                            .medium())
                    .isEqualTo(-32);
            assertThat(verify(withS1(at("2012-08-08T13:59"), 5), assignment("S1", FIRST, SECOND))
                            .score()
                            .medium())
                    .isEqualTo(-2);
        }

        @Test
        void unplannedShipmentIsLateAsIfItArrivedAWeekAfterTheHorizon() {
            // Horizon ends 5 September 00:00; due 10 August 00:00 is 26 days (624 h) before: 624 + 168 = 792 h.
            Verdict verdict = verify(withS1(at("2012-08-10T00:00"), 3), assignment("S1"));

            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.score()).isEqualTo(new PlanScore(0, -4 * 2 * 792, 0));
        }

        @Test
        void unplannedShipmentIsAtLeastAWeekLate() {
            // Due 5 days after the horizon: -120 + 168 = 48 h, raised to 168 h.
            assertThat(verify(withS1(at("2012-09-10T00:00"), 3), assignment("S1"))
                            .score()
                            .medium())
                    .isEqualTo(-4 * 2 * 168);
            // Due 30 minutes before the horizon ends: ceil(0.5 h) + 168 = 169 h.
            assertThat(verify(withS1(at("2012-09-04T23:30"), 3), assignment("S1"))
                            .score()
                            .medium())
                    .isEqualTo(-4 * 2 * 169);
        }

        @Test
        void pinnedOnlyAssignmentIsUnplannedButItsLegsCost() {
            Scenario scenario = openNetwork()
                    .shipments(aShipment("S1", "ORG", "DST")
                            .teu(2)
                            .dueAt(at("2012-08-10T00:00"))
                            .pinned(FIRST))
                    .build();

            Verdict verdict = PlanVerifier.verify(scenario, aPlan(assignment("S1", FIRST)));

            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.score()).isEqualTo(new PlanScore(0, -4 * 2 * 792, -2 * 100));
        }

        @Test
        void pinnedLegsReachingTheDestinationDeliver() {
            Scenario scenario = openNetwork()
                    .shipments(aShipment("S1", "ORG", "DST")
                            .teu(2)
                            .dueAt(at("2012-08-08T13:00"))
                            .pinned(FIRST, SECOND))
                    .build();

            Verdict verdict = PlanVerifier.verify(scenario, aPlan(assignment("S1", FIRST, SECOND)));

            assertThat(verdict.score()).isEqualTo(new PlanScore(0, -8, -600));
        }

        @Test
        void invalidPlanIsScoredAsGiven() {
            // Leg 2 departs at 09:00, which HUB-DST does not, and arrives 9 August 15:00 as it says: 1 h late.
            Leg offSchedule = new Leg("HUB-DST", at("2012-08-07T09:00"), at("2012-08-08T15:00"));

            Verdict verdict = verify(withS1(at("2012-08-08T14:00"), 3), assignment("S1", FIRST, offSchedule));

            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.score()).isEqualTo(new PlanScore(-1, -8, -600));
        }

        @Test
        void itineraryEndingElsewhereIsUnplannedButCosts() {
            Verdict verdict = verify(withS1(at("2012-08-10T00:00"), 3), assignment("S1", FIRST));

            assertThat(verdict.score()).isEqualTo(new PlanScore(-1, -4 * 2 * 792, -200));
        }

        @Test
        void missingShipmentIsUnplanned() {
            Verdict verdict = verify(withS1(at("2012-08-10T00:00"), 3));

            assertThat(verdict.score()).isEqualTo(new PlanScore(-1, -4 * 2 * 792, 0));
        }

        @Test
        void hardScoreAddsUpMagnitudes() {
            // 2 TEU over on the lane departure, and a shipment without assignment.
            Verdict verdict = verify(
                    openNetwork()
                            .shipments(
                                    aShipment("S1", "ORG", "HUB").teu(6),
                                    aShipment("S2", "ORG", "HUB").teu(6),
                                    aShipment("S3", "ORG", "HUB")),
                    assignment("S1", FIRST),
                    assignment("S2", FIRST));

            assertThat(brokenRules(verdict)).containsExactly("6", "7x");
            assertThat(verdict.score().hard()).isEqualTo(-3);
        }
    }

    // ------------------------------------------------------------------ robustness and report

    @Test
    void nonsensePlanIsReportedNotThrown() {
        Plan nonsense = aPlan(
                assignment("S1", new Leg("NO-SUCH-LANE", at("2012-01-01T00:00"), at("2011-01-01T00:00")), FIRST, FIRST),
                assignment("NOBODY", new Leg("", at("2012-08-06T06:00"), at("2012-08-06T06:00"))),
                assignment("S1"));
        Scenario scenario = openNetwork()
                .quotas(aQuota("UZ", QuotaPeriod.WEEK, 0))
                .shipments(aShipment("S1", "ORG", "DST").pinned(SECOND), aShipment("S2", "HUB", "DST"))
                .build();

        assertThatCode(() -> {
                    Verdict verdict = PlanVerifier.verify(scenario, nonsense);
                    assertThat(verdict.valid()).isFalse();
                    assertThat(verdict.report()).contains("INVALID");
                })
                .doesNotThrowAnyException();
    }

    @Test
    void reportGivesOneLinePerRuleThenTheViolationsThenTheScore() {
        Verdict verdict = verify(
                openNetwork()
                        .shipments(
                                aShipment("S1", "ORG", "HUB").teu(6),
                                aShipment("S2", "ORG", "HUB").teu(6)),
                assignment("S1", FIRST),
                assignment("S2", FIRST));

        List<String> lines = verdict.report().lines().toList();

        assertThat(lines.subList(0, 9)).allSatisfy(l -> assertThat(l).startsWith("rule "));
        assertThat(lines.get(0)).matches("rule 1 +itinerary from origin to destination \\.+ ok");
        assertThat(lines.get(5)).matches("rule 6 +lane capacity \\.+ 1 violation");
        assertThat(lines.get(8)).matches("rule 7x +one assignment per shipment \\.+ ok");
        assertThat(verdict.report())
                .contains("[rule 6] lane ORG-HUB departing 2012-08-06T06:00:00Z carries 12 TEU")
                .endsWith("INVALID, score -2hard/0medium/-1200soft\n");
    }

    // ------------------------------------------------------------------ the conformance pack

    /** One line of the conformance README; {@code rule} is null for a valid plan, medium and soft null for invalid ones. */
    record Expectation(String scenario, String plan, boolean valid, String rule, Long medium, Long soft) {
        @Override
        public String toString() {
            return plan;
        }
    }

    static List<Expectation> conformance() {
        return List.of(
                new Expectation("small.scenario.json", "small.plan.json", true, null, -7679L, -551709L),
                new Expectation("small.scenario.json", "invalid-capacity.plan.json", false, "6", null, null),
                new Expectation("small.scenario.json", "invalid-arrival.plan.json", false, "2", null, null),
                new Expectation("small.scenario.json", "invalid-schedule.plan.json", false, "2", null, null),
                new Expectation("small.scenario.json", "invalid-permission.plan.json", false, "4", null, null),
                new Expectation("small.scenario.json", "invalid-missing.plan.json", false, "7x", null, null),
                new Expectation("replan.scenario.json", "replan.plan.json", true, null, -7679L, -574311L),
                new Expectation("replan.scenario.json", "replan.invalid-pinned.plan.json", false, "5", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conformance")
    void agreesWithTheConformancePack(Expectation expected) {
        Scenario scenario = ScenarioJson.read(Conformance.text(expected.scenario()));
        Plan plan = PlanJson.read(Conformance.text(expected.plan()));

        Verdict verdict = PlanVerifier.verify(scenario, plan);

        assertThat(verdict.valid()).as(verdict.report()).isEqualTo(expected.valid());
        if (expected.valid()) {
            assertThat(verdict.violations()).isEmpty();
            assertThat(verdict.score()).isEqualTo(new PlanScore(0, expected.medium(), expected.soft()));
            assertThat(plan.score()).as("the score the plan claims").isEqualTo(verdict.score());
        } else {
            assertThat(verdict.violations())
                    .extracting(Violation::rule)
                    .as(verdict.report())
                    .contains(expected.rule());
            assertThat(verdict.score().hard()).isNegative();
        }
    }

    @Test
    void conformanceExpectationsAreTheReadmeTable() {
        List<Expectation> table = new ArrayList<>();
        for (String line : Conformance.text("README.md").lines().toList()) {
            if (!line.startsWith("| ") || !line.contains(".json")) {
                continue;
            }
            String[] cells = Stream.of(line.split("\\|")).map(String::trim).toArray(String[]::new);
            // cells[0] is the empty text before the first bar.
            boolean valid = cells[3].equals("yes");
            String rule = cells[4].isEmpty()
                    ? null
                    : cells[4].startsWith("section 7") ? "7x" : cells[4].substring(0, cells[4].indexOf(' '));
            Long medium = cells[5].isEmpty() ? null : Long.valueOf(cells[5]);
            Long soft = cells[6].isEmpty() ? null : Long.valueOf(cells[6]);
            table.add(new Expectation(cells[1], cells[2], valid, rule, medium, soft));
        }

        assertThat(table).containsExactlyElementsOf(conformance());
    }

    @Test
    void everyConformancePlanIsChecked() {
        Set<String> checked = conformance().stream().map(Expectation::plan).collect(Collectors.toSet());
        assertThat(Conformance.files(".plan.json")).isNotEmpty().allSatisfy(p -> assertThat(checked)
                .contains(p));
    }

    @Test
    void verdictOfAPlanWithShiftedArrivalNamesTheLeg() {
        Scenario scenario = ScenarioJson.read(Conformance.text("small.scenario.json"));
        Plan plan = PlanJson.read(Conformance.text("invalid-arrival.plan.json"));

        Violation violation =
                PlanVerifier.verify(scenario, plan).violationsOf("2").get(0);

        assertThat(violation.shipment()).isEqualTo("S0000");
        assertThat(violation.message()).contains("leg 1 (OB2-HGB-AIR").contains("arrives at");
    }
}
