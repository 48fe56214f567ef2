package io.transitplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplanTest {
    private static final Instant START = Instant.parse("2011-07-01T00:00:00Z");
    private static final Instant END = Instant.parse("2011-08-01T00:00:00Z");
    private static final Instant AT = Instant.parse("2011-07-10T00:00:00Z");

    private final Leg departedAndArrived = leg("A-B", "2011-07-05T00:00:00Z", "2011-07-06T00:00:00Z");
    private final Leg underWay = leg("B-C", "2011-07-09T12:00:00Z", "2011-07-10T12:00:00Z");
    private final Leg notYetDeparted = leg("C-D", "2011-07-12T00:00:00Z", "2011-07-13T00:00:00Z");

    @Test
    void shouldPinTheLegsDepartedBeforeTheInstantAndStartTheHorizonThere() {
        Scenario scenario = scenario(shipment("S1", List.of()), shipment("S2", List.of()), shipment("S3", List.of()));
        Plan plan = new Plan(
                "t",
                null,
                List.of(
                        new Assignment("S1", List.of(departedAndArrived, underWay, notYetDeparted)),
                        new Assignment("S2", List.of(notYetDeparted)),
                        new Assignment("S3", List.of())));

        Scenario replan = Replan.asOf(scenario, plan, AT);

        assertThat(replan.horizon()).isEqualTo(new Horizon(AT, END));
        assertThat(replan.shipments().get(0).pinnedLegs()).containsExactly(departedAndArrived, underWay);
        assertThat(replan.shipments().get(1).pinnedLegs()).isEmpty();
        assertThat(replan.shipments().get(2).pinnedLegs()).isEmpty();
        assertThat(replan.disruptions()).isEqualTo(scenario.disruptions());
        assertThat(replan.lanes()).isEqualTo(scenario.lanes());
    }

    @Test
    void shouldKeepLegsPinnedAlreadyWhenThePlanLacksTheShipment() {
        Scenario scenario = scenario(shipment("S1", List.of(departedAndArrived)));
        Plan plan = new Plan("t", null, List.of());

        Scenario replan = Replan.asOf(scenario, plan, AT);

        assertThat(replan.shipments().get(0).pinnedLegs()).containsExactly(departedAndArrived);
    }

    @Test
    void shouldNotReplanAtTheEndOfTheHorizon() {
        Scenario scenario = scenario(shipment("S1", List.of()));
        assertThatThrownBy(() -> Replan.asOf(scenario, new Plan("t", null, List.of()), END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon ends");
    }

    private static Leg leg(String lane, String departure, String arrival) {
        return new Leg(lane, Instant.parse(departure), Instant.parse(arrival));
    }

    private static Shipment shipment(String id, List<Leg> pinned) {
        return new Shipment(id, "CA", "A", "D", CargoClass.GENERAL, 1, 5.0, START, END, 3, pinned);
    }

    private static Scenario scenario(Shipment... shipments) {
        return new Scenario(
                "t",
                new Horizon(START, END),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Disruption("C", null, AT, END, 0.0, "closed")),
                List.of(shipments),
                List.of());
    }
}
