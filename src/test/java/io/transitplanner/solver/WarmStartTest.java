package io.transitplanner.solver;

import static io.transitplanner.testdata.Fixtures.aLane;
import static io.transitplanner.testdata.Fixtures.aLaneDisruption;
import static io.transitplanner.testdata.Fixtures.aNode;
import static io.transitplanner.testdata.Fixtures.aNodeDisruption;
import static io.transitplanner.testdata.Fixtures.aPlan;
import static io.transitplanner.testdata.Fixtures.aScenario;
import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.assignment;
import static io.transitplanner.testdata.Fixtures.at;
import static io.transitplanner.testdata.Fixtures.leg;
import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Fixtures;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * A replan starts from the published plan's legs only where they still hold: a route through a node closed since, or
 * one that a reduced capacity no longer takes, is planned afresh around the routes kept.
 */
class WarmStartTest {
    // two ways from A to D: through B or through C, one departure a day at 06:00, 10 hours, 10 TEU
    private static final Fixtures.LaneBuilder AB = aLane("A-B", "A", "B");
    private static final Fixtures.LaneBuilder BD = aLane("B-D", "B", "D");
    private static final Fixtures.LaneBuilder AC = aLane("A-C", "A", "C");
    private static final Fixtures.LaneBuilder CD = aLane("C-D", "C", "D");

    /** S1 rides through B; S2 (1 TEU, due first) and S3 (6 TEU) ride through C on the same departures. */
    private static final Plan BASE = aPlan(
            assignment("S1", leg(AB, at("2012-08-06T06:00")), leg(BD, at("2012-08-07T06:00"))),
            assignment("S2", leg(AC, at("2012-08-06T06:00")), leg(CD, at("2012-08-07T06:00"))),
            assignment("S3", leg(AC, at("2012-08-06T06:00")), leg(CD, at("2012-08-07T06:00"))));

    private static Scenario scenario(Disruption... disruptions) {
        return aScenario()
                .nodes(aNode("A"), aNode("B"), aNode("C"), aNode("D"))
                .lanes(AB, BD, AC, CD)
                .openCountries("AF")
                .disruptions(disruptions)
                .shipments(
                        aShipment("S1", "A", "D").dueAt(at("2012-08-09T00:00")),
                        aShipment("S2", "A", "D").dueAt(at("2012-08-08T00:00")),
                        aShipment("S3", "A", "D").teu(6).dueAt(at("2012-08-09T00:00")))
                .build();
    }

    private static Map<String, PlannedShipment> byId(TransitSolution solution) {
        return solution.getShipments().stream().collect(Collectors.toMap(PlannedShipment::getId, Function.identity()));
    }

    @Test
    void shouldKeepEveryBaseRouteThatStillHolds() {
        Map<String, PlannedShipment> start = byId(PlanLoader.warmStart(scenario(), BASE, CandidateOptions.defaults()));

        for (var a : BASE.assignments()) {
            assertThat(start.get(a.shipment()).getItinerary()).as(a.shipment()).isNotNull();
            assertThat(start.get(a.shipment()).getItinerary().toLegs()).isEqualTo(a.legs());
        }
    }

    @Test
    void shouldPlanAfreshARouteThroughANodeClosedSince() {
        Scenario closed = scenario(aNodeDisruption("B", at("2012-08-06T00:00"), at("2012-08-20T00:00"), 0.0));

        Map<String, PlannedShipment> start = byId(PlanLoader.warmStart(closed, BASE, CandidateOptions.defaults()));

        assertThat(start.get("S1").getItinerary()).isNull();
        assertThat(start.get("S2").getItinerary().toLegs())
                .isEqualTo(BASE.assignments().get(1).legs());
    }

    @Test
    void shouldPlanAfreshTheRouteAReducedCapacityNoLongerTakesAndKeepTheOneDueFirst() {
        // C-D now carries 6 TEU a departure: S2 (1 TEU, due first) keeps its seat, S3 (6 TEU) no longer fits beside it
        Scenario reduced = scenario(aLaneDisruption("C-D", at("2012-08-06T00:00"), at("2012-08-20T00:00"), 0.6));

        Map<String, PlannedShipment> start = byId(PlanLoader.warmStart(reduced, BASE, CandidateOptions.defaults()));

        assertThat(start.get("S2").getItinerary().toLegs())
                .isEqualTo(BASE.assignments().get(1).legs());
        assertThat(start.get("S3").getItinerary()).isNull();
        assertThat(start.get("S1").getItinerary()).isNotNull();
    }

    @Test
    void shouldSolveAWarmStartedReplanIntoAValidPlanThatKeepsTheRoutesStillHolding() {
        Scenario closed = scenario(aNodeDisruption("B", at("2012-08-06T00:00"), at("2012-08-20T00:00"), 0.0));
        SolverSettings settings = SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(2));

        TransitSolution solved = SolverFactory.<TransitSolution>create(SolverConfigs.build(settings))
                .buildSolver()
                .solve(PlanLoader.warmStart(closed, BASE, settings.candidates()));
        Plan plan = PlanExtractor.plan(solved);

        Verdict verdict = PlanVerifier.verify(closed, plan);
        assertThat(verdict.valid()).as("%s", verdict.violations()).isTrue();
        assertThat(verdict.score()).isEqualTo(plan.score());
        Map<String, PlannedShipment> end = byId(solved);
        assertThat(end.get("S1").getItinerary().delivered()).isTrue();
        assertThat(end.get("S1").getItinerary().toLegs())
                .extracting(l -> l.lane())
                .doesNotContain("A-B", "B-D");
    }
}
