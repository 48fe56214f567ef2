package io.transitplanner.testdata;

import static io.transitplanner.testdata.Fixtures.aLane;
import static io.transitplanner.testdata.Fixtures.aNode;
import static io.transitplanner.testdata.Fixtures.aNodeDisruption;
import static io.transitplanner.testdata.Fixtures.aScenario;
import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.at;
import static io.transitplanner.testdata.TinyNetwork.AIR;
import static io.transitplanner.testdata.TinyNetwork.RAIL;
import static io.transitplanner.testdata.TinyNetwork.ROAD;
import static io.transitplanner.testdata.TinyNetwork.leg;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.testdata.Fixtures.LaneBuilder;
import io.transitplanner.testdata.Fixtures.ScenarioBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios and plans for reviewing plans, small enough to compute every figure by hand.
 *
 * <p>{@link #tiny()} is the {@link TinyNetwork} with four shipments:
 *
 * <pre>
 *   ON_TIME  GB GENERAL 2 TEU, BASE-HUB-ROAD 06 Aug 06:00 (HUB 16:00, ready 07 Aug 04:00), HUB-PORT-RAIL 07 Aug 12:00,
 *            arrives 09 Aug 12:00, due 20 Aug: on time, 2 * (1000 + 3000) = 8000 $
 *   ALSO     GB GENERAL 3 TEU, the same legs: 12000 $
 *   LATE     GB GENERAL 1 TEU, priority 1, due 06 Aug 10:00, BASE-PORT-AIR 06 Aug 06:00, arrives 14:00:
 *            4 h late, 16 * 1 * 4 = 64 TEU-h, 15000 $
 *   LETHAL   US LETHAL 1 TEU, due 20 Aug, unplanned (UZ permits GENERAL only):
 *            (ceil(30 Sep - 20 Aug) = 984 h) + 168 = 1152 h, 4 * 1 * 1152 = 4608 TEU-h
 * </pre>
 */
public final class ReviewScenarios {
    public static final String ON_TIME = "ON_TIME";
    public static final String ALSO = "ALSO";
    public static final String LATE = "LATE";
    public static final String LETHAL = "LETHAL";

    private ReviewScenarios() {}

    public static Scenario tiny() {
        Shipment late = new Shipment(
                LATE,
                "GB",
                "BASE",
                "PORT",
                CargoClass.GENERAL,
                1,
                10.0,
                TinyNetwork.START,
                Instant.parse("2012-08-06T10:00:00Z"),
                1,
                List.of());
        Shipment lethal = TinyNetwork.withClass(TinyNetwork.aShipment(LETHAL, 1), CargoClass.LETHAL);
        lethal = new Shipment(
                lethal.id(),
                "US",
                lethal.origin(),
                lethal.destination(),
                lethal.cargoClass(),
                lethal.teu(),
                lethal.weightTons(),
                lethal.availableAt(),
                lethal.dueAt(),
                lethal.priority(),
                List.of());
        return TinyNetwork.scenario(
                List.of(TinyNetwork.aShipment(ON_TIME, 2), TinyNetwork.aShipment(ALSO, 3), late, lethal));
    }

    public static Plan tinyPlan() {
        return plan(
                new Assignment(ON_TIME, List.of(leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"))),
                new Assignment(ALSO, List.of(leg(ROAD, "2012-08-06T06:00:00Z"), leg(RAIL, "2012-08-07T12:00:00Z"))),
                new Assignment(LATE, List.of(leg(AIR, "2012-08-06T06:00:00Z"))),
                new Assignment(LETHAL, List.of()));
    }

    public static Plan plan(Assignment... assignments) {
        return new Plan("test", new PlanScore(0, 0, 0), List.of(assignments));
    }

    // ---------------------------------------------------------------- one lane, filled day by day

    /** ORG (AF) --ORG-DST road, daily 06:00, 10 h, 2 TEU--> DST (LV); the default horizon, 06 Aug to 05 Sep. */
    public static LaneBuilder orgDst() {
        return aLane("ORG-DST", "ORG", "DST").capacityTeu(2);
    }

    /**
     * The one-lane network with a 2 TEU filler shipment riding each of the given days' departures (ids
     * {@code FILL-<day>}), and the extra shipments.
     */
    public static ScenarioBuilder oneLane(List<String> filledDays, Fixtures.ShipmentBuilder... extra) {
        ScenarioBuilder scenario = aScenario()
                .nodes(aNode("ORG").in("AF"), aNode("DST").in("LV"))
                .lanes(orgDst())
                .openCountries("AF", "LV");
        for (String day : filledDays) {
            scenario.shipments(aShipment("FILL-" + day, "ORG", "DST")
                    .teu(2)
                    .availableAt(at(day + "T00:00"))
                    .dueAt(at(day + "T23:00")));
        }
        scenario.shipments(extra);
        return scenario;
    }

    /** The fillers of {@link #oneLane} on their days. */
    public static List<Assignment> fillers(List<String> filledDays) {
        List<Assignment> out = new ArrayList<>();
        for (String day : filledDays) {
            out.add(Fixtures.assignment("FILL-" + day, Fixtures.leg(orgDst(), at(day + "T06:00"))));
        }
        return out;
    }

    // ---------------------------------------------------------------- two lanes through a closed hub

    /**
     * ORG (AF) --ORG-HUB road daily 06:00, 10 h--> HUB (UZ) --HUB-DST road daily 06:00, 10 h--> DST (LV), with HUB
     * closed from 01 Sep 00:00 to the horizon's end (05 Sep): from 01 Sep, no leg can reach HUB.
     */
    public static ScenarioBuilder closedHub(Fixtures.ShipmentBuilder... shipments) {
        return aScenario()
                .nodes(
                        aNode("ORG").in("AF"),
                        aNode("HUB").in("UZ"),
                        aNode("DST").in("LV"))
                .lanes(aLane("ORG-HUB", "ORG", "HUB"), aLane("HUB-DST", "HUB", "DST"))
                .openCountries("AF", "UZ", "LV")
                .disruptions(aNodeDisruption("HUB", at("2012-09-01T00:00"), at("2012-09-05T00:00"), 0.0))
                .shipments(shipments);
    }
}
