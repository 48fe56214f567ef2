package io.transitplanner.testdata;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A four-node network small enough to reason about by hand.
 *
 * <pre>
 *   BASE (AF, 10 TEU/day) --ROAD daily 06:00, 10 h, 8 TEU--> HUB (UZ, handling 12 h, 5 TEU/day)
 *   HUB --RAIL daily 12:00, 48 h, 10 TEU / 100 t, via KZ--> PORT (LV)
 *   BASE --AIR MON 06:00, 8 h, 4 TEU / 30 t, over UZ and KZ--> PORT
 * </pre>
 *
 * UZ lets only GENERAL cargo through, and at most 6 TEU a week may enter it; HUB is closed from 10 to 12 August.
 * The horizon runs from Monday 6 August to 30 September 2012.
 */
public final class TinyNetwork {
    public static final Instant START = Instant.parse("2012-08-06T00:00:00Z");
    public static final Instant END = Instant.parse("2012-09-30T00:00:00Z");

    public static final Node BASE = new Node("BASE", "Base", "AF", NodeKind.BASE, 34.9, 69.2, 0, 10, null);
    public static final Node HUB = new Node("HUB", "Hub", "UZ", NodeKind.HUB, 37.2, 67.3, 12, 5, null);
    public static final Node PORT = new Node("PORT", "Port", "LV", NodeKind.SEAPORT, 56.9, 24.1, 0, null, null);

    public static final Lane ROAD = new Lane(
            "BASE-HUB-ROAD",
            "BASE",
            "HUB",
            Mode.ROAD,
            10,
            8,
            null,
            1000,
            List.of(),
            new Schedule.Daily(List.of(LocalTime.of(6, 0))),
            null);
    public static final Lane RAIL = new Lane(
            "HUB-PORT-RAIL",
            "HUB",
            "PORT",
            Mode.RAIL,
            48,
            10,
            100.0,
            3000,
            List.of("KZ"),
            new Schedule.Daily(List.of(LocalTime.of(12, 0))),
            null);
    public static final Lane AIR = new Lane(
            "BASE-PORT-AIR",
            "BASE",
            "PORT",
            Mode.AIR,
            8,
            4,
            30.0,
            15000,
            List.of("UZ", "KZ"),
            new Schedule.Weekly(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(6, 0)))),
            null);

    public static final Permission AF_ALL = open("AF");
    public static final Permission UZ_GENERAL =
            new Permission("UZ", Set.of(CargoClass.GENERAL), null, null, null, null, null);
    public static final Permission KZ_ALL = open("KZ");
    public static final Permission LV_ALL = open("LV");

    public static final Quota UZ_WEEKLY = new Quota("UZ", QuotaPeriod.WEEK, 6, null, null, null);
    public static final Disruption HUB_CLOSED = new Disruption(
            "HUB", null, Instant.parse("2012-08-10T00:00:00Z"), Instant.parse("2012-08-12T00:00:00Z"), 0.0, "flood");

    private TinyNetwork() {}

    private static Permission open(String country) {
        return new Permission(country, Set.of(CargoClass.values()), null, null, null, null, null);
    }

    public static Scenario scenario(List<Shipment> shipments) {
        return new Scenario(
                "tiny",
                new Horizon(START, END),
                List.of(BASE, HUB, PORT),
                List.of(ROAD, RAIL, AIR),
                List.of(AF_ALL, UZ_GENERAL, KZ_ALL, LV_ALL),
                List.of(UZ_WEEKLY),
                List.of(HUB_CLOSED),
                shipments,
                List.of());
    }

    /** A GENERAL shipment from BASE to PORT, available on 6 August and due on 20 August, priority 3. */
    public static Shipment aShipment(String id, int teu) {
        return new Shipment(
                id,
                "GB",
                "BASE",
                "PORT",
                CargoClass.GENERAL,
                teu,
                teu * 10.0,
                START,
                Instant.parse("2012-08-20T00:00:00Z"),
                3,
                List.of());
    }

    public static Shipment withClass(Shipment s, CargoClass cargoClass) {
        return new Shipment(
                s.id(),
                s.nation(),
                s.origin(),
                s.destination(),
                cargoClass,
                s.teu(),
                s.weightTons(),
                s.availableAt(),
                s.dueAt(),
                s.priority(),
                s.pinnedLegs());
    }

    public static Shipment withPinned(Shipment s, List<Leg> pinned) {
        return new Shipment(
                s.id(),
                s.nation(),
                s.origin(),
                s.destination(),
                s.cargoClass(),
                s.teu(),
                s.weightTons(),
                s.availableAt(),
                s.dueAt(),
                s.priority(),
                pinned);
    }

    public static Shipment withWeight(Shipment s, double tonnes) {
        return new Shipment(
                s.id(),
                s.nation(),
                s.origin(),
                s.destination(),
                s.cargoClass(),
                s.teu(),
                tonnes,
                s.availableAt(),
                s.dueAt(),
                s.priority(),
                s.pinnedLegs());
    }

    /** A leg on the lane departing at the instant, arriving transitHours later. */
    public static Leg leg(Lane lane, String departure) {
        Instant at = Instant.parse(departure);
        return new Leg(lane.code(), at, at.plus(Duration.ofHours(lane.transitHours())));
    }
}
