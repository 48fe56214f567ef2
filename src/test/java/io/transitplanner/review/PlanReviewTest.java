package io.transitplanner.review;

import static io.transitplanner.testdata.ReviewScenarios.ALSO;
import static io.transitplanner.testdata.ReviewScenarios.LATE;
import static io.transitplanner.testdata.ReviewScenarios.LETHAL;
import static io.transitplanner.testdata.ReviewScenarios.ON_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.testdata.ReviewScenarios;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import io.transitplanner.verify.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanReviewTest {

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** The figures of {@link ReviewScenarios#tiny()}, each computed by hand in its javadoc or beside it here. */
    @Nested
    class TinyNetwork {
        final PlanReview review = PlanReview.of(ReviewScenarios.tiny(), ReviewScenarios.tinyPlan());

        @Test
        void shouldListEveryShipmentByIdWithStatusLatenessAndCost() {
            assertThat(review.assignments())
                    .extracting(ShipmentAssignment::shipmentId)
                    .containsExactly(ALSO, LATE, LETHAL, ON_TIME);
            ShipmentAssignment onTime = review.assignment(ON_TIME).orElseThrow();
            assertThat(onTime.status()).isEqualTo(AssignmentStatus.PLANNED);
            assertThat(onTime.eta()).isEqualTo(at("2012-08-09T12:00:00Z"));
            assertThat(onTime.latenessHours()).isZero();
            assertThat(onTime.costUsd()).isEqualTo(8000); // 2 TEU * (1000 + 3000)
            assertThat(onTime.legs()).hasSize(2);
            // AF, then UZ (end of the road leg), then KZ (the rail leg's transit), then LV
            assertThat(onTime.corridor()).isEqualTo("AF-UZ-KZ-LV");

            ShipmentAssignment late = review.assignment(LATE).orElseThrow();
            assertThat(late.status()).isEqualTo(AssignmentStatus.LATE);
            assertThat(late.latenessHours()).isEqualTo(4); // 14:00 against 10:00
            assertThat(late.weightedLateness()).isEqualTo(64); // weight 16 * 1 TEU * 4 h
            assertThat(late.costUsd()).isEqualTo(15000);
            // the air lane overflies UZ and KZ: the same corridor as road and rail
            assertThat(late.corridor()).isEqualTo("AF-UZ-KZ-LV");

            ShipmentAssignment lethal = review.assignment(LETHAL).orElseThrow();
            assertThat(lethal.status()).isEqualTo(AssignmentStatus.UNPLANNED);
            assertThat(lethal.eta()).isNull();
            assertThat(lethal.latenessHours()).isEqualTo(1152); // 984 h from 20 Aug to 30 Sep, + 168
            assertThat(lethal.weightedLateness()).isEqualTo(4608); // weight 4 * 1 TEU * 1152 h
            assertThat(lethal.cargoClass()).isEqualTo(CargoClass.LETHAL);
            assertThat(lethal.corridor()).isEqualTo("unplanned");
            assertThat(review.assignment("NOPE")).isEmpty();
        }

        @Test
        void shouldShowEachUsedDepartureWithItsShipmentsAndCapacity() {
            // by departure then lane: both 06 Aug 06:00 departures (by lane code), then the rail
            assertThat(review.manifests())
                    .extracting(Manifest::lane)
                    .containsExactly("BASE-HUB-ROAD", "BASE-PORT-AIR", "HUB-PORT-RAIL");
            Manifest road = review.manifests().get(0);
            assertThat(road.shipmentIds()).containsExactly(ALSO, ON_TIME);
            assertThat(road.teuUsed()).isEqualTo(5); // 2 + 3
            assertThat(road.teuCapacity()).isEqualTo(8);
            assertThat(road.tonnesCapacity()).isNull();
            assertThat(road.mode()).isEqualTo(Mode.ROAD);
            assertThat(road.arrival()).isEqualTo(at("2012-08-06T16:00:00Z"));
            Manifest rail = review.manifests().get(2);
            assertThat(rail.tonnesUsed()).isEqualByComparingTo("50"); // 20 t + 30 t
            assertThat(rail.tonnesCapacity()).isEqualByComparingTo("100");
            assertThat(rail.capacityFactor()).isEqualByComparingTo(BigDecimal.ONE);
        }

        @Test
        void shouldCountDeparturesAtTheNodeTheyLeaveOnTheirDay() {
            // BASE on 06 Aug: 5 TEU by road + 1 TEU by air; HUB on 07 Aug: the 5 TEU leaving by rail; arrivals count
            // nowhere, PORT has none departing
            assertThat(review.nodeDays())
                    .containsExactly(
                            new NodeDayLoad("BASE", LocalDate.of(2012, 8, 6), 6, 10L, BigDecimal.ONE),
                            new NodeDayLoad("HUB", LocalDate.of(2012, 8, 7), 5, 5L, BigDecimal.ONE));
        }

        @Test
        void shouldCountQuotaEntriesInThePeriodOfTheEnteringLeg() {
            // 5 TEU enter UZ on the road leg, 1 TEU overflies it on the air leg, all in the week of Monday 06 Aug;
            // the rail leg leaves UZ, so it enters nothing the quota counts
            assertThat(review.quotaPeriods())
                    .containsExactly(new QuotaPeriodUse(
                            0,
                            "UZ",
                            QuotaPeriod.WEEK,
                            null,
                            null,
                            at("2012-08-06T00:00:00Z"),
                            at("2012-08-13T00:00:00Z"),
                            6,
                            6,
                            "TEU"));
        }

        @Test
        void shouldGiveKpisByNationByCorridorAndOverall() {
            assertThat(review.kpisByNation())
                    .containsExactly(
                            // 2 + 3 + 1 TEU; 8000 + 12000 + 15000 $; only LATE is late (64)
                            new Kpis("GB", 3, 3, 2, 1, 0, 6, 35000, 64), new Kpis("US", 1, 0, 0, 0, 1, 1, 0, 4608));
            assertThat(review.kpisByCorridor())
                    .containsExactly(
                            new Kpis("AF-UZ-KZ-LV", 3, 3, 2, 1, 0, 6, 35000, 64),
                            new Kpis("unplanned", 1, 0, 0, 0, 1, 1, 0, 4608));
            Totals totals = review.totals();
            assertThat(totals.kpis()).isEqualTo(new Kpis("all", 4, 3, 2, 1, 1, 7, 35000, 4672));
            assertThat(totals.score()).isEqualTo(new PlanScore(0, -4672, -35000));
            assertThat(totals.valid()).isTrue();
        }
    }

    @Nested
    class ConformanceSmall {
        final Scenario scenario = Conformance.scenario("small.scenario.json");
        final PlanReview review = PlanReview.of(scenario, Conformance.plan("small.plan.json"));

        @Test
        void shouldScoreAsTheConformancePackSays() {
            // README of the pack: valid, medium -7679, soft -551709
            assertThat(review.totals().score()).isEqualTo(new PlanScore(0, -7679, -551709));
            assertThat(review.totals().valid()).isTrue();
            Kpis all = review.totals().kpis();
            assertThat(all.shipments()).isEqualTo(30);
            // S0010, S0016, S0019 and S0022 have no legs
            assertThat(all.unplanned()).isEqualTo(4);
            assertThat(all.costUsd()).isEqualTo(551709);
            assertThat(all.weightedLateness()).isEqualTo(7679);
            assertThat(review.assignments())
                    .filteredOn(a -> a.status() == AssignmentStatus.UNPLANNED)
                    .extracting(ShipmentAssignment::shipmentId)
                    .containsExactly("S0010", "S0016", "S0019", "S0022");
        }

        @Test
        void shouldSumKpisOfEachNationFromItsShipments() {
            // GB: S0006, S0007, S0011, S0014 arrive by their due dates; S0022 has no legs
            Kpis gb = review.kpisByNation().stream()
                    .filter(k -> k.key().equals("GB"))
                    .findFirst()
                    .orElseThrow();
            assertThat(gb.shipments()).isEqualTo(5);
            assertThat(gb.planned()).isEqualTo(4);
            assertThat(gb.onTime()).isEqualTo(4);
            assertThat(gb.unplanned()).isEqualTo(1);
            assertThat(review.kpisByNation()).extracting(Kpis::key).isSorted();
            assertThat(review.kpisByNation().stream().mapToInt(Kpis::shipments).sum())
                    .isEqualTo(30);
            assertThat(review.kpisByCorridor().stream().mapToLong(Kpis::costUsd).sum())
                    .isEqualTo(551709);
        }

        @Test
        void shouldNameTheCountriesOfACorridorInOrder() {
            // OB1-ULY-AIR AF > UZ, KZ > RU; ULY-RIX-RAIL RU > LV; RIX-HGB-SEA LV > DK > GB
            assertThat(review.assignment("S0002").orElseThrow().corridor()).isEqualTo("AF-UZ-KZ-RU-LV-DK-GB");
        }

        @Test
        void shouldLoadDeparturesAndNodeDaysAsThePlanSays() {
            // TRZ-RIX-RAIL on 07 Sep 08:00: S0003 1, S0005 1, S0013 1, S0025 4, S0028 4, S0029 2 TEU
            Manifest rail = review.manifests().stream()
                    .filter(m ->
                            m.lane().equals("TRZ-RIX-RAIL") && m.departure().equals(at("2012-09-07T08:00:00Z")))
                    .findFirst()
                    .orElseThrow();
            assertThat(rail.shipmentIds()).containsExactly("S0003", "S0005", "S0013", "S0025", "S0028", "S0029");
            assertThat(rail.teuUsed()).isEqualTo(13);
            assertThat(rail.teuCapacity()).isEqualTo(25);
            // BXU on 30 Aug: S0004 2, S0007 1 and S0011 3 TEU leave by BXU-TRZ-RAIL; BXU handles 12 a day
            NodeDayLoad bxu = review.nodeDays().stream()
                    .filter(d -> d.node().equals("BXU") && d.day().equals(LocalDate.of(2012, 8, 30)))
                    .findFirst()
                    .orElseThrow();
            assertThat(bxu.teuHandled()).isEqualTo(6);
            assertThat(bxu.teuLimit()).isEqualTo(12L);
            // TRZ has no throughput: listed, without a limit
            assertThat(review.nodeDays())
                    .filteredOn(d -> d.node().equals("TRZ"))
                    .allMatch(d -> d.teuLimit() == null);
        }
    }

    /** Loads come from the verifier's own computation: where the review shows a departure over, the verifier does. */
    @Test
    void shouldShowOverloadsExactlyWhereTheVerifierFindsThem() {
        Scenario scenario = Conformance.scenario("small.scenario.json");
        Plan overloaded = Conformance.plan("invalid-capacity.plan.json");
        PlanReview review = PlanReview.of(scenario, overloaded);
        Verdict verdict = PlanVerifier.verify(scenario, overloaded);

        List<String> overManifests = review.manifests().stream()
                .filter(m -> m.teuUsed() > m.teuCapacity())
                .map(m -> "lane " + m.lane() + " departing " + m.departure() + " carries " + m.teuUsed() + " TEU")
                .toList();
        List<String> overDays = review.nodeDays().stream()
                .filter(d -> d.teuLimit() != null && d.teuHandled() > d.teuLimit())
                .map(d -> "node " + d.node() + " on " + d.day() + ": " + d.teuHandled() + " TEU depart")
                .toList();
        List<String> overQuotas = review.quotaPeriods().stream()
                .filter(q -> q.used() > q.limit())
                .map(q -> "into " + q.country() + " from " + q.periodStart() + ": " + q.used() + " TEU enter")
                .toList();
        assertThat(overManifests).isNotEmpty();
        assertThat(verdict.violationsOf("6").stream().map(Violation::message).filter(m -> m.contains(" TEU of ")))
                .hasSameSizeAs(overManifests)
                .allMatch(m -> overManifests.stream().anyMatch(m::startsWith));
        assertThat(verdict.violationsOf("7")).hasSameSizeAs(overDays);
        assertThat(verdict.violationsOf("7").stream().map(Violation::message))
                .allMatch(m -> overDays.stream().anyMatch(m::startsWith));
        assertThat(verdict.violationsOf("8")).hasSameSizeAs(overQuotas);
        assertThat(review.totals().score()).isEqualTo(verdict.score());
        assertThat(review.totals().valid()).isFalse();
    }
}
