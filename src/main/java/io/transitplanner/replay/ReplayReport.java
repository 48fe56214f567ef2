package io.transitplanner.replay;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one plan of the drawdown does, counted as the historical figures count it, and the figures side by side.
 *
 * <p>Air loads are the departures used of air lanes that leave the shipments' country of origin (a departure nobody
 * boards is a flight that does not happen), by aircraft type, the last part of the lane code ({@code KAF-YTR-CC177}
 * flies a CC-177). Containers are the shipments whose id starts with {@code CTR-}, one container per TEU. A
 * container "leaves" by road when it takes a crossing lane (a road lane out of the country of origin) before the
 * closure of the crossing; the closure is the scenario's closure of the far side of a crossing or, when the
 * scenario has none (a plan made without knowing of it), the historical {@link History#CLOSURE}.
 *
 * @param closure the instant the ground route closed
 * @param airLoads loads out of the country of origin, by aircraft type
 * @param airLoadsTotal all of them
 * @param containers where the containers go
 * @param costUsd transport cost of every leg of the plan, pinned legs included
 * @param airLoadsToFlyStranded loads of the largest aircraft (nominal payload, TEU and tonnes) that would carry the
 *     stranded containers
 * @param history the figures beside the published ones
 */
public record ReplayReport(
        String scenario,
        Instant closure,
        List<AirLoads> airLoads,
        int airLoadsTotal,
        Containers containers,
        long costUsd,
        int airLoadsToFlyStranded,
        List<Comparison> history) {

    /** The prefix of the ids of container shipments, whose TEU count containers. */
    public static final String CONTAINER_PREFIX = "CTR-";

    public ReplayReport {
        airLoads = List.copyOf(airLoads);
        history = List.copyOf(history);
    }

    /**
     * Loads of one aircraft type.
     *
     * @param aircraft the type, from the lane codes ({@code CC177}, {@code CC130J}, {@code AN124})
     * @param lanes the air lanes it flies out of the country of origin
     * @param loads departures of those lanes that carry something
     * @param teu TEU carried on them
     * @param tons tonnes carried on them
     */
    public record AirLoads(String aircraft, List<String> lanes, int loads, int teu, double tons) {
        public AirLoads {
            lanes = List.copyOf(lanes);
        }
    }

    /**
     * Where the containers go (counts of containers, one per TEU).
     *
     * @param total containers in the scenario
     * @param byRoad delivered over a crossing lane
     * @param byAir delivered without one (by air)
     * @param undelivered not delivered: unplanned, or stopped after their pinned legs
     * @param groundRoute containers the ground route may carry (a permission of the far side lets their class by road)
     * @param outBeforeClosure ground-route containers that take a crossing lane before the closure
     * @param crossAfterClosure ground-route containers planned to cross at or after it
     * @param flownBeforeClosure ground-route containers flown out before it
     * @param flownAfterClosure ground-route containers flown out at or after it
     * @param stuck ground-route containers stopped after pinned legs short of the border
     * @param unplanned ground-route containers with no legs
     * @param notOutAtClosure ground-route containers still in the country when the border closed: planned to cross
     *     after, flown after, stuck or unplanned (the historical "stranded")
     * @param stranded containers (of any class) planned to cross after the closure or undelivered
     */
    public record Containers(
            int total,
            int byRoad,
            int byAir,
            int undelivered,
            int groundRoute,
            int outBeforeClosure,
            int crossAfterClosure,
            int flownBeforeClosure,
            int flownAfterClosure,
            int stuck,
            int unplanned,
            int notOutAtClosure,
            int stranded) {

        /** Ground-route containers committed to the road: all but those flown out before the closure. */
        public int committedToRoad() {
            return groundRoute - flownBeforeClosure;
        }
    }

    /** One figure beside the published one; the difference in percent of the published one. */
    public record Comparison(String figure, int historical, int model, double differencePercent) {

        public static Comparison of(String figure, int historical, int model) {
            double difference = historical == 0 ? 0 : 100.0 * (model - historical) / historical;
            return new Comparison(figure, historical, model, difference);
        }

        public boolean within(double percent) {
            return Math.abs(differencePercent) <= percent;
        }
    }

    public static ReplayReport of(Scenario scenario, Plan plan) {
        Map<String, Lane> lanes = new HashMap<>();
        scenario.lanes().forEach(l -> lanes.put(l.code(), l));
        Map<String, String> country = GroundRoute.countries(scenario);
        Set<String> originCountries = new HashSet<>();
        scenario.shipments().forEach(s -> originCountries.add(country.get(s.origin())));
        Set<String> crossings = new HashSet<>();
        GroundRoute.crossings(scenario).forEach(l -> crossings.add(l.code()));
        Instant closure = GroundRoute.closure(scenario).map(d -> d.from()).orElse(History.CLOSURE);
        Map<String, List<Leg>> legs = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            legs.putIfAbsent(a.shipment(), a.legs());
        }

        // air loads: distinct departures used of each air lane out of the country of origin
        Map<String, Set<Instant>> departures = new TreeMap<>();
        Map<String, int[]> teuByLane = new HashMap<>();
        Map<String, double[]> tonsByLane = new HashMap<>();
        for (Lane lane : scenario.lanes()) {
            if (lane.mode() == Mode.AIR && originCountries.contains(country.get(lane.from()))) {
                departures.put(lane.code(), new HashSet<>());
                teuByLane.put(lane.code(), new int[1]);
                tonsByLane.put(lane.code(), new double[1]);
            }
        }
        long cost = 0;
        int total = 0, byRoad = 0, byAir = 0, undelivered = 0, ground = 0;
        int out = 0, crossAfter = 0, flownBefore = 0, flownAfter = 0, stuck = 0, unplanned = 0;
        int stranded = 0;
        int strandedTeu = 0;
        double strandedTons = 0;
        for (Shipment s : scenario.shipments()) {
            List<Leg> own = legs.getOrDefault(s.id(), List.of());
            Leg crossing = null;
            Leg flight = null;
            for (Leg leg : own) {
                Lane lane = lanes.get(leg.lane());
                if (lane == null) {
                    continue;
                }
                cost += (long) lane.costPerTeu() * s.teu();
                Set<Instant> used = departures.get(lane.code());
                if (used != null) {
                    used.add(leg.departure());
                    teuByLane.get(lane.code())[0] += s.teu();
                    tonsByLane.get(lane.code())[0] += s.weightTons();
                    if (flight == null) {
                        flight = leg;
                    }
                }
                if (crossing == null && crossings.contains(lane.code())) {
                    crossing = leg;
                }
            }
            if (!s.id().startsWith(CONTAINER_PREFIX)) {
                continue;
            }
            int n = s.teu();
            total += n;
            Lane last = own.isEmpty() ? null : lanes.get(own.get(own.size() - 1).lane());
            boolean delivered = last != null && last.to().equals(s.destination());
            if (!delivered) {
                undelivered += n;
            } else if (crossing != null) {
                byRoad += n;
            } else {
                byAir += n;
            }
            boolean crossesLate = false;
            if (groundRoute(scenario, s, crossings, lanes, country)) {
                ground += n;
                if (crossing != null) {
                    if (crossing.departure().isBefore(closure)) {
                        out += n;
                    } else {
                        crossAfter += n;
                        crossesLate = true;
                    }
                } else if (flight != null && delivered) {
                    if (flight.departure().isBefore(closure)) {
                        flownBefore += n;
                    } else {
                        flownAfter += n;
                    }
                } else if (own.isEmpty()) {
                    unplanned += n;
                } else {
                    stuck += n;
                }
            }
            if (crossesLate || !delivered) {
                stranded += n;
                strandedTeu += s.teu();
                strandedTons += s.weightTons();
            }
        }
        int notOut = crossAfter + flownAfter + stuck + unplanned;
        Containers containers = new Containers(
                total,
                byRoad,
                byAir,
                undelivered,
                ground,
                out,
                crossAfter,
                flownBefore,
                flownAfter,
                stuck,
                unplanned,
                notOut,
                stranded);

        Map<String, AirLoads> byAircraft = new LinkedHashMap<>();
        int allLoads = 0;
        for (var e : departures.entrySet()) {
            String aircraft = aircraft(e.getKey());
            AirLoads before = byAircraft.get(aircraft);
            List<String> laneCodes = new ArrayList<>(before == null ? List.of() : before.lanes());
            laneCodes.add(e.getKey());
            int loads = e.getValue().size() + (before == null ? 0 : before.loads());
            int teu = teuByLane.get(e.getKey())[0] + (before == null ? 0 : before.teu());
            double tons = tonsByLane.get(e.getKey())[0] + (before == null ? 0 : before.tons());
            byAircraft.put(aircraft, new AirLoads(aircraft, laneCodes, loads, teu, tons));
            allLoads += e.getValue().size();
        }
        List<AirLoads> airLoads = List.copyOf(byAircraft.values());

        List<Comparison> history = List.of(
                Comparison.of("air loads", History.AIR_LOADS, allLoads),
                Comparison.of("  CC-177", History.CC177_LOADS, loadsOf(airLoads, "CC177")),
                Comparison.of("  CC-130J", History.CC130J_LOADS, loadsOf(airLoads, "CC130J")),
                Comparison.of("  Antonov", History.ANTONOV_LOADS, loadsOf(airLoads, "AN124")),
                Comparison.of(
                        "containers committed to the road", History.GROUND_CONTAINERS, containers.committedToRoad()),
                Comparison.of("  left Afghanistan before the closure", History.OUT_BEFORE_CLOSURE, out),
                Comparison.of("  stranded when the border closed", History.STRANDED, notOut));
        return new ReplayReport(
                plan.scenario() == null ? scenario.name() : plan.scenario(),
                closure,
                airLoads,
                allLoads,
                containers,
                cost,
                loadsToCarry(scenario, originCountries, country, strandedTeu, strandedTons),
                history);
    }

    /** The aircraft type of an air lane: the last part of its code. */
    static String aircraft(String laneCode) {
        int dash = laneCode.lastIndexOf('-');
        return dash < 0 ? laneCode : laneCode.substring(dash + 1);
    }

    private static int loadsOf(List<AirLoads> airLoads, String aircraft) {
        return airLoads.stream()
                .filter(a -> a.aircraft().equals(aircraft))
                .mapToInt(AirLoads::loads)
                .sum();
    }

    /** True when a permission of the far side of some crossing lets the shipment's class go by road. */
    private static boolean groundRoute(
            Scenario scenario,
            Shipment s,
            Set<String> crossings,
            Map<String, Lane> lanes,
            Map<String, String> country) {
        for (String code : crossings) {
            String farSide = country.get(lanes.get(code).to());
            for (Permission p : scenario.permissions()) {
                if (p.country().equals(farSide)
                        && p.cargoClasses().contains(s.cargoClass())
                        && (p.modes() == null || p.modes().contains(Mode.ROAD))
                        && (p.nations() == null || p.nations().contains(s.nation()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Loads of the largest air lane out of the country of origin (nominal payload) that carry this much. */
    private static int loadsToCarry(
            Scenario scenario, Set<String> originCountries, Map<String, String> country, int teu, double tons) {
        if (teu == 0) {
            return 0;
        }
        Lane largest = null;
        for (Lane lane : scenario.lanes()) {
            if (lane.mode() == Mode.AIR
                    && originCountries.contains(country.get(lane.from()))
                    && (largest == null || lane.capacityTeu() > largest.capacityTeu())) {
                largest = lane;
            }
        }
        if (largest == null) {
            return 0;
        }
        int byTeu = (teu + largest.capacityTeu() - 1) / largest.capacityTeu();
        int byTons = largest.capacityTons() == null ? 0 : (int) Math.ceil(tons / largest.capacityTons() - 1e-9);
        return Math.max(byTeu, byTons);
    }

    /** The table for a terminal. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-40s %8s %8s %11s%n", "figure", "history", "model", "difference"));
        for (Comparison c : history) {
            sb.append(String.format(
                    "%-40s %8d %8d %+10.1f%%%n", c.figure(), c.historical(), c.model(), c.differencePercent()));
        }
        sb.append(String.format(
                "containers  %d: %d by road, %d by air, %d undelivered; of the %d the ground route may carry, %d out"
                        + " before %s, %d planned to cross after, %d flown after, %d stuck, %d unplanned%n",
                containers.total(),
                containers.byRoad(),
                containers.byAir(),
                containers.undelivered(),
                containers.groundRoute(),
                containers.outBeforeClosure(),
                closure.toString().substring(0, 10),
                containers.crossAfterClosure(),
                containers.flownAfterClosure(),
                containers.stuck(),
                containers.unplanned()));
        sb.append(String.format(
                "stranded    %d containers (crossing after the closure or undelivered); %d more loads of the largest"
                        + " aircraft would fly them%n",
                containers.stranded(), airLoadsToFlyStranded));
        sb.append(String.format("cost        $%,d%n", costUsd));
        return sb.toString();
    }
}
