package io.transitplanner.review;

import static io.transitplanner.testdata.ReviewScenarios.ALSO;
import static io.transitplanner.testdata.ReviewScenarios.LATE;
import static io.transitplanner.testdata.ReviewScenarios.LETHAL;
import static io.transitplanner.testdata.ReviewScenarios.ON_TIME;
import static io.transitplanner.testdata.TinyNetwork.RAIL;
import static io.transitplanner.testdata.TinyNetwork.ROAD;
import static io.transitplanner.testdata.TinyNetwork.leg;
import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.testdata.ReviewScenarios;
import io.transitplanner.testdata.TinyNetwork;
import io.transitplanner.verify.PlanVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

    /** The tiny scenario with one more GB shipment, NEW (1 TEU, due 20 Aug), which the first plan leaves out. */
    private static Scenario scenario() {
        List<Shipment> shipments = new ArrayList<>(ReviewScenarios.tiny().shipments());
        shipments.add(TinyNetwork.aShipment("NEW", 1));
        return ReviewScenarios.tiny().withShipments(shipments);
    }

    private static Plan before() {
        List<Assignment> assignments =
                new ArrayList<>(ReviewScenarios.tinyPlan().assignments());
        assignments.add(new Assignment("NEW", List.of()));
        return ReviewScenarios.plan(assignments.toArray(Assignment[]::new));
    }

    /** ON_TIME a day later, ALSO dropped, LATE by road and rail instead of air, NEW on the road and rail; LETHAL kept. */
    private static Plan after() {
        return ReviewScenarios.plan(
                new Assignment(ON_TIME, List.of(leg(ROAD, "2012-08-07T06:00:00Z"), leg(RAIL, "2012-08-08T12:00:00Z"))),
                new Assignment(ALSO, List.of()),
                new Assignment(LATE, List.of(leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"))),
                new Assignment(LETHAL, List.of()),
                new Assignment("NEW", List.of(leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"))));
    }

    @Test
    void shouldNameExactlyTheMovedShipmentsAndHowTheyMoved() {
        PlanDiff diff = PlanDiff.between(scenario(), before(), after());

        assertThat(diff.moved())
                .extracting(ShipmentChange::shipmentId, ShipmentChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ALSO, ChangeKind.UNPLANNED),
                        org.assertj.core.groups.Tuple.tuple(LATE, ChangeKind.REROUTED),
                        org.assertj.core.groups.Tuple.tuple("NEW", ChangeKind.NEWLY_PLANNED),
                        org.assertj.core.groups.Tuple.tuple(ON_TIME, ChangeKind.RETIMED));
        assertThat(diff.unchanged()).isEqualTo(1); // LETHAL, unplanned in both
        ShipmentChange onTime = diff.moved().get(3);
        assertThat(onTime.beforeEta()).isEqualTo(Instant.parse("2012-08-09T12:00:00Z"));
        assertThat(onTime.afterEta()).isEqualTo(Instant.parse("2012-08-10T12:00:00Z"));
        assertThat(onTime.beforeStatus()).isEqualTo(AssignmentStatus.PLANNED);
        ShipmentChange late = diff.moved().get(1);
        assertThat(late.beforeLegs()).extracting(l -> l.lane()).containsExactly("BASE-PORT-AIR");
        assertThat(late.afterLegs()).extracting(l -> l.lane()).containsExactly("BASE-HUB-ROAD", "HUB-PORT-RAIL");
        assertThat(late.afterStatus()).isEqualTo(AssignmentStatus.LATE);
        ShipmentChange dropped = diff.moved().get(0);
        assertThat(dropped.afterEta()).isNull();
        assertThat(dropped.afterStatus()).isEqualTo(AssignmentStatus.UNPLANNED);
    }

    @Test
    void shouldGiveTheScoreDeltasOfTheVerifiersScores() {
        Scenario scenario = scenario();
        PlanDiff diff = PlanDiff.between(scenario, before(), after());
        PlanScore first = PlanVerifier.verify(scenario, before()).score();
        PlanScore second = PlanVerifier.verify(scenario, after()).score();

        assertThat(diff.hard()).isEqualTo(new ScoreChange(first.hard(), second.hard(), second.hard() - first.hard()));
        assertThat(diff.medium())
                .isEqualTo(new ScoreChange(first.medium(), second.medium(), second.medium() - first.medium()));
        assertThat(diff.soft()).isEqualTo(new ScoreChange(first.soft(), second.soft(), second.soft() - first.soft()));
        // by hand: before, NEW is unplanned (4 * 1 * 1152 = 4608) beside the tiny plan's 4672; its cost is 35000 $
        assertThat(diff.medium().before()).isEqualTo(-9280);
        assertThat(diff.soft().before()).isEqualTo(-35000);
        // after: ALSO unplanned 4 * 3 * 1152 = 13824, LATE arrives 09 Aug 12:00, 74 h after 06 Aug 10:00:
        // 16 * 1 * 74 = 1184, LETHAL 4608; cost 2 * 4000 + 1 * 4000 + 1 * 4000 = 16000 $
        assertThat(diff.medium().after()).isEqualTo(-(13824 + 1184 + 4608));
        assertThat(diff.soft().after()).isEqualTo(-16000);
        assertThat(diff.soft().delta()).isEqualTo(19000);
    }

    @Test
    void shouldScoreAReplanAgainstItsOwnScenario() {
        Scenario small = Conformance.scenario("small.scenario.json");
        Scenario replan = Conformance.scenario("replan.scenario.json");
        Plan first = Conformance.plan("small.plan.json");
        Plan second = Conformance.plan("replan.plan.json");

        PlanDiff diff = PlanDiff.between(small, first, replan, second);

        // the pack's README: -7679 / -551709 before, -7679 / -574311 after
        assertThat(diff.medium()).isEqualTo(new ScoreChange(-7679, -7679, 0));
        assertThat(diff.soft()).isEqualTo(new ScoreChange(-551709, -574311, -22602));
        assertThat(diff.hard()).isEqualTo(new ScoreChange(0, 0, 0));
        List<String> moved =
                diff.moved().stream().map(ShipmentChange::shipmentId).toList();
        List<String> expected = new ArrayList<>();
        for (Assignment a : first.assignments()) {
            List<?> now = second.assignments().stream()
                    .filter(b -> b.shipment().equals(a.shipment()))
                    .findFirst()
                    .map(Assignment::legs)
                    .orElse(List.of());
            if (!a.legs().equals(now)) {
                expected.add(a.shipment());
            }
        }
        assertThat(moved).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(diff.unchanged() + diff.moved().size()).isEqualTo(30);
    }
}
