package io.transitplanner.solver;

import static io.transitplanner.testdata.TinyNetwork.AF_ALL;
import static io.transitplanner.testdata.TinyNetwork.AIR;
import static io.transitplanner.testdata.TinyNetwork.KZ_ALL;
import static io.transitplanner.testdata.TinyNetwork.LV_ALL;
import static io.transitplanner.testdata.TinyNetwork.RAIL;
import static io.transitplanner.testdata.TinyNetwork.ROAD;
import static io.transitplanner.testdata.TinyNetwork.UZ_GENERAL;
import static io.transitplanner.testdata.TinyNetwork.aShipment;
import static io.transitplanner.testdata.TinyNetwork.leg;
import static io.transitplanner.testdata.TinyNetwork.withClass;
import static io.transitplanner.testdata.TinyNetwork.withPinned;
import static io.transitplanner.testdata.TinyNetwork.withWeight;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import io.transitplanner.testdata.TinyNetwork;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One penalized and one unpenalized case per constraint, on {@link TinyNetwork}: ROAD departs BASE daily at 06:00
 * and reaches HUB 10 h later; HUB needs 12 h of handling; RAIL leaves HUB daily at 12:00 and takes 48 h.
 */
class TransitConstraintProviderTest {
    private static final Object[] PERMISSIONS = {AF_ALL, UZ_GENERAL, KZ_ALL, LV_ALL};

    private final ConstraintVerifier<TransitConstraintProvider, TransitSolution> verifier = ConstraintVerifier.build(
                    new TransitConstraintProvider(), TransitSolution.class, PlannedShipment.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    /** The shipment planned on exactly these legs. */
    private static PlannedShipment planned(Shipment shipment, Leg... legs) {
        CandidateBuilder builder = new CandidateBuilder(
                new NetworkIndex(TinyNetwork.scenario(List.of(shipment))), CandidateOptions.defaults());
        PlannedShipment planned = builder.plannedShipment(shipment);
        planned.setItinerary(builder.itinerary(shipment, List.of(legs)));
        return planned;
    }

    /** Road on 6 August, rail on 7 August: arrives 9 August 12:00, well before its due date. */
    private static PlannedShipment onTime(Shipment shipment) {
        return planned(shipment, leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"));
    }

    @Test
    void connectedItineraryPenalized() {
        // the only leg leaves HUB, not the origin BASE: 1 broken rule
        PlannedShipment strayLeg = planned(aShipment("S1", 1), leg(RAIL, "2012-08-07T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::connectedItinerary)
                .given(strayLeg)
                .penalizesBy(1);
    }

    @Test
    void connectedItineraryUnpenalized() {
        PlannedShipment unplanned = planned(aShipment("S2", 1));
        verifier.verifyThat(TransitConstraintProvider::connectedItinerary)
                .given(onTime(aShipment("S1", 1)), unplanned)
                .penalizesBy(0);
    }

    @Test
    void scheduledDeparturesPenalized() {
        // 07:00 is not a departure of the road (it leaves at 06:00); the rail leg is fine: 1 leg off schedule
        PlannedShipment offSchedule =
                planned(aShipment("S1", 1), leg(ROAD, "2012-08-06T07:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"));
        // the arrival is given 1 h early: 1 more
        PlannedShipment wrongArrival = planned(
                aShipment("S2", 1),
                new Leg(ROAD.code(), Instant.parse("2012-08-06T06:00:00Z"), Instant.parse("2012-08-06T15:00:00Z")),
                leg(RAIL, "2012-08-07T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::scheduledDepartures)
                .given(offSchedule, wrongArrival)
                .penalizesBy(2);
    }

    @Test
    void scheduledDeparturesUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::scheduledDepartures)
                .given(onTime(aShipment("S1", 1)))
                .penalizesBy(0);
    }

    @Test
    void handlingTimePenalized() {
        // arrives HUB at 16:00 on the 6th, ready at 04:00 on the 7th: the rail at 12:00 on the 6th is too early
        PlannedShipment noHandling =
                planned(aShipment("S1", 1), leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-06T12:00:00Z"));
        // available only on the 7th but leaves on the 6th
        Shipment late = new Shipment(
                "S2",
                "GB",
                "BASE",
                "PORT",
                CargoClass.GENERAL,
                1,
                10.0,
                Instant.parse("2012-08-07T00:00:00Z"),
                Instant.parse("2012-08-20T00:00:00Z"),
                3,
                List.of());
        verifier.verifyThat(TransitConstraintProvider::handlingTime)
                .given(noHandling, onTime(late))
                .penalizesBy(2);
    }

    @Test
    void handlingTimeUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::handlingTime)
                .given(onTime(aShipment("S1", 1)))
                .penalizesBy(0);
    }

    @Test
    void transitPermissionPenalized() {
        // UZ lets only GENERAL through: the road (AF, UZ) and the rail (UZ, LV, KZ) each cross it once
        PlannedShipment lethal = onTime(withClass(aShipment("S1", 1), CargoClass.LETHAL));
        verifier.verifyThat(TransitConstraintProvider::transitPermission)
                .given(concat(PERMISSIONS, lethal))
                .penalizesBy(2);
    }

    @Test
    void transitPermissionUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::transitPermission)
                .given(concat(PERMISSIONS, onTime(aShipment("S1", 1))))
                .penalizesBy(0);
    }

    @Test
    void closedNodePenalized() {
        NodeClosure hubClosed = new NodeClosure(
                "HUB", Instant.parse("2012-08-10T00:00:00Z"), Instant.parse("2012-08-12T00:00:00Z"), "flood");
        // arrives HUB at 16:00 on the 10th, inside the closure; the rail then leaves HUB at 12:00 on the 11th: 2
        PlannedShipment intoClosure =
                planned(aShipment("S1", 1), leg(ROAD, "2012-08-10T06:00:00Z"), leg(RAIL, "2012-08-11T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::closedNode)
                .given(hubClosed, intoClosure)
                .penalizesBy(2);
    }

    @Test
    void closedNodeUnpenalized() {
        NodeClosure hubClosed = new NodeClosure(
                "HUB", Instant.parse("2012-08-10T00:00:00Z"), Instant.parse("2012-08-12T00:00:00Z"), "flood");
        verifier.verifyThat(TransitConstraintProvider::closedNode)
                .given(hubClosed, onTime(aShipment("S1", 1)))
                .penalizesBy(0);
    }

    @Test
    void pinnedLegsKeptPenalized() {
        // booked on the road of the 6th, but planned on the road of the 7th
        Shipment booked = withPinned(aShipment("S1", 1), List.of(leg(ROAD, "2012-08-06T06:00:00Z")));
        PlannedShipment rebooked =
                planned(booked, leg(ROAD, "2012-08-07T06:00:00Z"), leg(RAIL, "2012-08-08T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::pinnedLegsKept)
                .given(rebooked)
                .penalizesBy(1);
    }

    @Test
    void pinnedLegsKeptUnpenalized() {
        Shipment booked = withPinned(aShipment("S1", 1), List.of(leg(ROAD, "2012-08-06T06:00:00Z")));
        PlannedShipment stopsAfterPinned =
                planned(withPinned(aShipment("S2", 1), booked.pinnedLegs()), leg(ROAD, "2012-08-06T06:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::pinnedLegsKept)
                .given(onTime(booked), stopsAfterPinned)
                .penalizesBy(0);
    }

    @Test
    void departureTeuCapacityPenalized() {
        // 5 + 5 TEU on a road departure of 8 TEU: 2 over
        verifier.verifyThat(TransitConstraintProvider::departureTeuCapacity)
                .given(onTime(aShipment("S1", 5)), onTime(aShipment("S2", 5)))
                .penalizesBy(2);
    }

    @Test
    void departureTeuCapacityUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::departureTeuCapacity)
                .given(onTime(aShipment("S1", 4)), onTime(aShipment("S2", 4)))
                .penalizesBy(0);
    }

    @Test
    void departureTonnageCapacityPenalized() {
        // 20 t + 10.5 t on a 30 t flight: 0.5 t over, counted as 1 whole tonne
        PlannedShipment heavy = planned(withWeight(aShipment("S1", 2), 20.0), leg(AIR, "2012-08-06T06:00:00Z"));
        PlannedShipment light = planned(withWeight(aShipment("S2", 2), 10.5), leg(AIR, "2012-08-06T06:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::departureTonnageCapacity)
                .given(heavy, light)
                .penalizesBy(1);
    }

    @Test
    void departureTonnageCapacityUnpenalized() {
        PlannedShipment heavy = planned(withWeight(aShipment("S1", 2), 20.0), leg(AIR, "2012-08-06T06:00:00Z"));
        PlannedShipment light = planned(withWeight(aShipment("S2", 2), 10.0), leg(AIR, "2012-08-06T06:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::departureTonnageCapacity)
                .given(heavy, light)
                .penalizesBy(0);
    }

    @Test
    void nodeThroughputPenalized() {
        // HUB lets 5 TEU a day depart: 3 + 3 TEU on the rail of the 7th is 1 over
        verifier.verifyThat(TransitConstraintProvider::nodeThroughput)
                .given(onTime(aShipment("S1", 3)), onTime(aShipment("S2", 3)))
                .penalizesBy(1);
    }

    @Test
    void nodeThroughputUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::nodeThroughput)
                .given(onTime(aShipment("S1", 3)), onTime(aShipment("S2", 2)))
                .penalizesBy(0);
    }

    @Test
    void quotaPenalized() {
        // both enter UZ by road in the week of Monday 6 August (6 and 8 August): 8 TEU against 6
        PlannedShipment monday = onTime(aShipment("S1", 4));
        PlannedShipment wednesday =
                planned(aShipment("S2", 4), leg(ROAD, "2012-08-08T06:00:00Z"), leg(RAIL, "2012-08-09T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::quota)
                .given(monday, wednesday)
                .penalizesBy(2);
    }

    @Test
    void quotaUnpenalized() {
        // the second one enters UZ on Monday 13 August, in the next week; the rail stays in UZ, so no new entry
        PlannedShipment thisWeek = onTime(aShipment("S1", 4));
        PlannedShipment nextWeek =
                planned(aShipment("S2", 4), leg(ROAD, "2012-08-13T06:00:00Z"), leg(RAIL, "2012-08-14T12:00:00Z"));
        verifier.verifyThat(TransitConstraintProvider::quota)
                .given(thisWeek, nextWeek)
                .penalizesBy(0);
    }

    @Test
    void latenessPenalized() {
        // due 11:01 on the 9th, arrives 12:00: 59 minutes count as 1 h; priority 3 weighs 4; 2 TEU -> 8
        Shipment tight = new Shipment(
                "S1",
                "GB",
                "BASE",
                "PORT",
                CargoClass.GENERAL,
                2,
                20.0,
                TinyNetwork.START,
                Instant.parse("2012-08-09T11:01:00Z"),
                3,
                List.of());
        // unplanned, due 20 August: (984 h to the horizon end + 168 h) x 4 x 1 TEU = 4608
        PlannedShipment unplanned = planned(aShipment("S2", 1));
        verifier.verifyThat(TransitConstraintProvider::lateness)
                .given(onTime(tight), unplanned)
                .penalizesBy(8 + 4608);
    }

    @Test
    void latenessUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::lateness)
                .given(onTime(aShipment("S1", 2)))
                .penalizesBy(0);
    }

    @Test
    void transportCostPenalized() {
        // 2 TEU x ($1000 road + $3000 rail)
        verifier.verifyThat(TransitConstraintProvider::transportCost)
                .given(onTime(aShipment("S1", 2)))
                .penalizesBy(8000);
    }

    @Test
    void transportCostUnpenalized() {
        verifier.verifyThat(TransitConstraintProvider::transportCost)
                .given(planned(aShipment("S1", 2)))
                .penalizesBy(0);
    }

    private static Object[] concat(Object[] facts, Object... more) {
        Object[] all = new Object[facts.length + more.length];
        System.arraycopy(facts, 0, all, 0, facts.length);
        System.arraycopy(more, 0, all, facts.length, more.length);
        return all;
    }
}
