package io.transitplanner.review;

import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.assignment;
import static io.transitplanner.testdata.Fixtures.at;
import static io.transitplanner.testdata.Fixtures.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.testdata.Conformance;
import io.transitplanner.testdata.ReviewScenarios;
import io.transitplanner.testdata.TinyNetwork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShipmentExplainerTest {

    private static List<String> texts(Explanation explanation) {
        return explanation.reasons().stream().map(Reason::text).toList();
    }

    @Test
    void shouldNameThePermissionThatRulesOutEveryRouteOfAnUnplannedShipment() {
        Explanation lethal =
                ShipmentExplainer.explain(ReviewScenarios.tiny(), ReviewScenarios.tinyPlan(), ReviewScenarios.LETHAL);

        assertThat(lethal.status()).isEqualTo(AssignmentStatus.UNPLANNED);
        // two routes: the air lane, and road then rail through HUB in UZ
        assertThat(lethal.routesFound()).isEqualTo(2);
        assertThat(lethal.routes()).allMatch(r -> r.verdict() == RouteVerdict.RULED_OUT);
        assertThat(texts(lethal))
                .contains(
                        "UZ permits GENERAL only: LETHAL cannot use BASE-PORT-AIR",
                        "UZ permits GENERAL only: LETHAL cannot use BASE-HUB-ROAD");
        assertThat(lethal.reasons()).allMatch(r -> r.binding() == Binding.PERMISSION);
        assertThat(lethal.summary()).contains("unplanned", "none of its 2 routes", "2 ruled out");
    }

    @Test
    void shouldNameTheClassModeAndNationAPermissionLacksOnTheConformanceNetwork() {
        Explanation lethal = ShipmentExplainer.explain(
                Conformance.scenario("small.scenario.json"), Conformance.plan("small.plan.json"), "S0010");

        // S0010 is LETHAL cargo of DE from OB1 to HDE: RU lets LETHAL pass by air for US only
        assertThat(lethal.status()).isEqualTo(AssignmentStatus.UNPLANNED);
        assertThat(texts(lethal))
                .contains(
                        "RU permits GENERAL and VEHICLES only by RAIL: LETHAL cannot use ULY-RIX-RAIL",
                        "UZ permits LETHAL by AIR for US only: DE cannot use OB1-ULY-AIR",
                        "PK permits GENERAL, VEHICLES and DANGEROUS only: LETHAL cannot use OB1-BXP-ROAD");
        assertThat(lethal.routes()).allMatch(r -> r.verdict() == RouteVerdict.RULED_OUT);
    }

    @Test
    void shouldNameTheFullDeparturesThatLeaveAShipmentOut() {
        List<String> days = List.of("2012-09-01", "2012-09-02", "2012-09-03", "2012-09-04");
        Scenario scenario = ReviewScenarios.oneLane(
                        days,
                        aShipment("OUT", "ORG", "DST")
                                .availableAt(at("2012-09-01T00:00"))
                                .dueAt(at("2012-09-02T00:00")))
                .build();
        List<Assignment> assignments = new ArrayList<>(ReviewScenarios.fillers(days));
        assignments.add(assignment("OUT"));

        Explanation out = ShipmentExplainer.explain(
                scenario, ReviewScenarios.plan(assignments.toArray(Assignment[]::new)), "OUT");

        assertThat(out.routes()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(RouteVerdict.FULL);
            assertThat(r.earliestEta()).isEqualTo(at("2012-09-01T16:00"));
        });
        // the last departure inside the horizon (ending 05 Sep 00:00) is 04 Sep 06:00
        assertThat(texts(out)).containsExactly("ORG-DST departures full from 01 Sep 06:00 to 04 Sep 06:00 (2/2 TEU)");
        assertThat(out.reasons()).singleElement().extracting(Reason::binding).isEqualTo(Binding.LANE_CAPACITY);
    }

    @Test
    void shouldNameTheClosedNodeAndItsWindowWhenItCoversEveryDeparture() {
        Scenario scenario = ReviewScenarios.closedHub(
                        aShipment("SHUT", "ORG", "DST").availableAt(at("2012-09-01T00:00")))
                .build();

        Explanation shut = ShipmentExplainer.explain(scenario, ReviewScenarios.plan(assignment("SHUT")), "SHUT");

        assertThat(shut.routes())
                .singleElement()
                .extracting(RouteOption::verdict)
                .isEqualTo(RouteVerdict.RULED_OUT);
        assertThat(texts(shut))
                .containsExactly("Node HUB (HUB) closed from 01 Sep 00:00 to 05 Sep 00:00 (test): ORG-HUB departures"
                        + " from 01 Sep 06:00 to 04 Sep 06:00 cannot arrive there");
        assertThat(shut.reasons()).singleElement().extracting(Reason::binding).isEqualTo(Binding.CLOSURE);
    }

    @Test
    void shouldSayWhichEarlierDeparturesOfItsOwnRouteWereFullForALateShipment() {
        List<String> days = List.of("2012-09-01", "2012-09-02");
        Scenario scenario = ReviewScenarios.oneLane(
                        days,
                        aShipment("SLOW", "ORG", "DST")
                                .availableAt(at("2012-09-01T00:00"))
                                .dueAt(at("2012-09-02T00:00"))
                                .priority(1))
                .build();
        List<Assignment> assignments = new ArrayList<>(ReviewScenarios.fillers(days));
        assignments.add(assignment("SLOW", leg(ReviewScenarios.orgDst(), at("2012-09-03T06:00"))));

        Explanation slow = ShipmentExplainer.explain(
                scenario, ReviewScenarios.plan(assignments.toArray(Assignment[]::new)), "SLOW");

        assertThat(slow.status()).isEqualTo(AssignmentStatus.LATE);
        // arrives 03 Sep 16:00, 40 h after 02 Sep 00:00
        assertThat(slow.summary())
                .contains("40 h late", "03 Sep 16:00", "earlier departures on its route were refused");
        assertThat(texts(slow)).containsExactly("ORG-DST departures full from 01 Sep 06:00 to 02 Sep 06:00 (2/2 TEU)");
        assertThat(slow.routes()).isEmpty(); // no other route
    }

    @Test
    void shouldNameTheClosureThatDelaysALateShipmentAndSayHonestlyThatAFasterRouteWasOpen() {
        // available when HUB closes (10 Aug); the road legs of 10 and 11 Aug would arrive at HUB inside its closure,
        // so the plan takes 12 Aug: HUB 16:00, rail 13 Aug 12:00, PORT 15 Aug 12:00, 84 h after 12 Aug 00:00
        Shipment held = new Shipment(
                "HELD",
                "GB",
                "BASE",
                "PORT",
                CargoClass.GENERAL,
                1,
                10.0,
                at("2012-08-10T00:00"),
                at("2012-08-12T00:00"),
                3,
                List.of());
        Scenario scenario = TinyNetwork.scenario(List.of(held));
        Plan plan = ReviewScenarios.plan(new Assignment(
                "HELD",
                List.of(
                        TinyNetwork.leg(TinyNetwork.ROAD, "2012-08-12T06:00:00Z"),
                        TinyNetwork.leg(TinyNetwork.RAIL, "2012-08-13T12:00:00Z"))));

        Explanation explanation = ShipmentExplainer.explain(scenario, plan, "HELD");

        assertThat(explanation.status()).isEqualTo(AssignmentStatus.LATE);
        assertThat(explanation.assignment().latenessHours()).isEqualTo(84);
        assertThat(texts(explanation))
                .contains("Hub (HUB) closed from 10 Aug 00:00 to 12 Aug 00:00 (flood): BASE-HUB-ROAD departures from"
                        + " 10 Aug 06:00 to 11 Aug 06:00 cannot arrive there");
        // the Monday flight of 13 Aug 06:00 lands 14:00, a day earlier, and nothing stood in its way
        assertThat(explanation.routes()).singleElement().satisfies(r -> {
            assertThat(r.lanes()).containsExactly("BASE-PORT-AIR");
            assertThat(r.verdict()).isEqualTo(RouteVerdict.FEASIBLE);
            assertThat(r.eta()).isEqualTo(at("2012-08-13T14:00"));
        });
        assertThat(texts(explanation)).anyMatch(t -> t.startsWith("route BASE > PORT was open"));
    }

    @Test
    void shouldConfirmAnOnTimeShipment() {
        Explanation onTime =
                ShipmentExplainer.explain(ReviewScenarios.tiny(), ReviewScenarios.tinyPlan(), ReviewScenarios.ON_TIME);

        assertThat(onTime.status()).isEqualTo(AssignmentStatus.PLANNED);
        // arrives 09 Aug 12:00, due 20 Aug 00:00: 10 d 12 h early
        assertThat(onTime.summary())
                .isEqualTo("ON_TIME is on time: arrives at Port (PORT) on 09 Aug 12:00, 10 d 12 h before its due date"
                        + " 20 Aug 00:00, via BASE > HUB > PORT.");
        assertThat(onTime.reasons()).singleElement().extracting(Reason::binding).isEqualTo(Binding.NONE);
        assertThat(onTime.routes()).isEmpty();
    }

    @Test
    void shouldReportARouteThatWasOpenForAnUnplannedShipment() {
        Scenario scenario = ReviewScenarios.oneLane(List.of(), aShipment("LEFT", "ORG", "DST"))
                .build();

        Explanation left = ShipmentExplainer.explain(scenario, ReviewScenarios.plan(assignment("LEFT")), "LEFT");

        assertThat(left.routes()).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(RouteVerdict.FEASIBLE);
            assertThat(r.legs()).containsExactly(leg(ReviewScenarios.orgDst(), at("2012-08-06T06:00")));
        });
        assertThat(left.summary()).contains("1 of its 1 routes", "were open", "06 Aug 16:00");
    }

    @Test
    void shouldSayTooLateWhenTheHorizonEndsFirst() {
        // available on 04 Sep at noon: the last departure (04 Sep 06:00) has gone
        Scenario scenario = ReviewScenarios.oneLane(
                        List.of(), aShipment("TARDY", "ORG", "DST").availableAt(at("2012-09-04T12:00")))
                .build();

        Explanation tardy = ShipmentExplainer.explain(scenario, ReviewScenarios.plan(assignment("TARDY")), "TARDY");

        assertThat(tardy.routes())
                .singleElement()
                .extracting(RouteOption::verdict)
                .isEqualTo(RouteVerdict.TOO_LATE);
        assertThat(tardy.reasons()).singleElement().extracting(Reason::binding).isEqualTo(Binding.HORIZON);
    }

    @Test
    void shouldRefuseAnUnknownShipment() {
        assertThatThrownBy(() -> ShipmentExplainer.explain(ReviewScenarios.tiny(), ReviewScenarios.tinyPlan(), "NOPE"))
                .isInstanceOf(UnknownShipmentException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void shouldAnswerThroughTheReviewWithTheSameIndex() {
        PlanReview review = PlanReview.of(ReviewScenarios.tiny(), ReviewScenarios.tinyPlan());
        assertThat(review.explain(ReviewScenarios.LETHAL))
                .isEqualTo(ShipmentExplainer.explain(
                        ReviewScenarios.tiny(), ReviewScenarios.tinyPlan(), ReviewScenarios.LETHAL));
    }
}
