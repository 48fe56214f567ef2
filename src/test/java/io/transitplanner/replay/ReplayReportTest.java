package io.transitplanner.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.cli.Scenarios;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's figures on a plan written by hand, each expected number explained beside it. */
class ReplayReportTest {
    private static Scenario scenario;
    private static Map<String, Lane> lanes;

    @BeforeAll
    static void load() {
        scenario = Scenarios.load("canada-2011");
        lanes = scenario.lanes().stream().collect(Collectors.toMap(Lane::code, Function.identity()));
    }

    @Test
    void shouldCountLoadsContainersAndStrandingAsHistoryCountsThem() {
        Shipment early = shipment("CTR-G-0001"); // road, crosses in July: out before the closure
        Shipment late = shipment("CTR-G-0316"); // road, planned to cross in December: stranded
        Shipment flownGround = shipment("CTR-G-0300"); // ground-route container flown on 30 Nov: flown after
        Shipment airOnly = shipment("CTR-A-0001"); // flown on the An-124 of 2 Jul, via Cyprus
        Shipment sameFlight = shipment("CTR-A-0002"); // same An-124 departure: no second load
        Shipment unplanned = shipment("CTR-G-0002"); // no legs: stranded and unplanned
        Shipment vehicle = shipment("VEH-0001"); // a vehicle on the CC-177: a load, but no container

        List<Assignment> assignments = new ArrayList<>();
        for (Shipment s : scenario.shipments()) {
            List<Leg> legs = List.of();
            if (s == early) {
                legs = road(
                        "2011-07-02T03:00:00Z", "2011-07-03T08:00:00Z", "2011-07-05T06:00:00Z", "2011-07-18T12:00:00Z");
            } else if (s == late) {
                legs = road(
                        "2011-12-17T03:00:00Z", "2011-12-18T08:00:00Z", "2011-12-20T06:00:00Z", "2012-01-02T12:00:00Z");
            } else if (s == flownGround) {
                legs = List.of(
                        leg("KAF-YTR-CC177", "2011-11-30T17:30:00Z"), leg("YTR-MTL-ROAD", "2011-12-01T20:00:00Z"));
            } else if (s == airOnly || s == sameFlight) {
                legs = List.of(
                        leg("KAF-CYP-AN124", "2011-07-02T19:30:00Z"),
                        leg("CYP-YTR-AN124", "2011-07-03T20:00:00Z"),
                        leg("YTR-MTL-ROAD", "2011-07-04T20:00:00Z"));
            } else if (s == vehicle) {
                legs = List.of(
                        leg("KAF-YTR-CC177", "2011-07-02T17:30:00Z"), leg("YTR-MTL-ROAD", "2011-07-03T20:00:00Z"));
            }
            if (s == unplanned || !legs.isEmpty()) {
                assignments.add(new Assignment(s.id(), legs));
            }
        }
        // every shipment not named above is absent from the plan: it counts as unplanned
        Plan plan = new Plan("canada-2011", null, assignments);

        ReplayReport report = ReplayReport.of(scenario, plan);

        assertThat(report.closure()).isEqualTo(History.CLOSURE);
        // one An-124 departure (two containers), two CC-177 departures (30 Nov and 2 Jul), no CC-130J
        assertThat(report.airLoadsTotal()).isEqualTo(3);
        assertThat(loads(report, "AN124")).isEqualTo(1);
        assertThat(loads(report, "CC177")).isEqualTo(2);
        assertThat(loads(report, "CC130J")).isZero();
        ReplayReport.Containers c = report.containers();
        assertThat(c.total()).isEqualTo(1500);
        assertThat(c.groundRoute()).isEqualTo(632);
        assertThat(c.outBeforeClosure()).isEqualTo(2); // early: one shipment of two containers
        assertThat(c.crossAfterClosure()).isEqualTo(2); // late
        assertThat(c.flownAfterClosure()).isEqualTo(2); // flownGround
        assertThat(c.flownBeforeClosure()).isZero();
        assertThat(c.stuck()).isZero();
        assertThat(c.unplanned()).isEqualTo(632 - 6); // every ground container but the three planned ones
        assertThat(c.notOutAtClosure()).isEqualTo(632 - 2);
        assertThat(c.byRoad()).isEqualTo(4); // early and late reach Montreal by sea
        assertThat(c.byAir()).isEqualTo(6); // flownGround, airOnly, sameFlight
        assertThat(c.undelivered()).isEqualTo(1500 - 10);
        // stranded: late (crosses after) and every undelivered container
        assertThat(c.stranded()).isEqualTo(2 + 1500 - 10);
        // cost: the legs' cost per TEU times 2 TEU each, the vehicle's 4 TEU
        long cost =
                2 * 2 * (250 + 0 + 1080 + 9800) + 2 * (90000 + 300) + 2 * 2 * (45000 + 55000 + 300) + 4 * (90000 + 300);
        assertThat(report.costUsd()).isEqualTo(cost);
        // stranded containers (2 TEU and 20 t a shipment) on An-124 loads of 15 TEU and 120 t
        int strandedTeu = c.stranded();
        double strandedTons = strandedTeu * 10.0;
        int expectedLoads = (int) Math.max(Math.ceil(strandedTeu / 15.0), Math.ceil(strandedTons / 120.0));
        assertThat(report.airLoadsToFlyStranded()).isEqualTo(expectedLoads);
        assertThat(report.history())
                .extracting(ReplayReport.Comparison::historical)
                .containsExactly(491, 245, 62, 184, 632, 186, 446);
        ReplayReport.Comparison air = report.history().get(0);
        assertThat(air.model()).isEqualTo(3);
        assertThat(air.differencePercent())
                .isCloseTo(100.0 * (3 - 491) / 491, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(report.text()).contains("air loads", "491", "stranded when the border closed");
    }

    @Test
    void shouldTakeTheClosureFromTheScenarioWhenItHasOne() {
        Scenario moved = scenario.withDisruptions(scenario.disruptions().stream()
                .map(d -> "CMN".equals(d.node())
                        ? new io.transitplanner.domain.Disruption(
                                "CMN", null, Instant.parse("2011-09-01T00:00:00Z"), d.to(), 0.0, d.reason())
                        : d)
                .toList());
        assertThat(ReplayReport.of(moved, new Plan("x", null, List.of())).closure())
                .isEqualTo(Instant.parse("2011-09-01T00:00:00Z"));
        assertThat(GroundRoute.withoutClosure(moved).disruptions()).noneMatch(d -> "CMN".equals(d.node()));
        assertThat(GroundRoute.withoutClosure(moved).disruptions())
                .hasSize(moved.disruptions().size() - 1);
    }

    private static List<Leg> road(String kaf, String sbd, String cmn, String khi) {
        return List.of(
                leg("KAF-SBD-ROAD", kaf), leg("SBD-CMN-ROAD", sbd), leg("CMN-KHI-ROAD", cmn), leg("KHI-MTL-SEA", khi));
    }

    private static Leg leg(String lane, String departure) {
        Instant t = Instant.parse(departure);
        return new Leg(lane, t, t.plus(Duration.ofHours(lanes.get(lane).transitHours())));
    }

    private static Shipment shipment(String id) {
        return scenario.shipments().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static int loads(ReplayReport report, String aircraft) {
        return report.airLoads().stream()
                .filter(a -> a.aircraft().equals(aircraft))
                .mapToInt(ReplayReport.AirLoads::loads)
                .sum();
    }
}
