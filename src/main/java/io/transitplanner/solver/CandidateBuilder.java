package io.transitplanner.solver;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the planning problem: for every shipment, the itineraries worth considering. Routes are every simple path
 * over lanes the shipment may ever use (permissions, static capacity), ranked by cost and by time; on each route the
 * departures are enumerated from the earliest feasible one, then with more and more waiting for later departures
 * (a later train is sometimes the best plan when an earlier one is full). A departure is feasible when the transit
 * permissions hold at that instant, neither end is closed, and the shipment alone fits the departure, the day's
 * throughput at the node it leaves and every quota it enters.
 */
public final class CandidateBuilder {
    private final NetworkIndex network;
    private final CandidateOptions options;
    private final Map<String, Routes> pathCache = new ConcurrentHashMap<>();

    public CandidateBuilder(NetworkIndex network, CandidateOptions options) {
        this.network = network;
        this.options = options;
    }

    public static TransitSolution build(Scenario scenario, CandidateOptions options) {
        NetworkIndex network = new NetworkIndex(scenario);
        CandidateBuilder builder = new CandidateBuilder(network, options);
        List<PlannedShipment> shipments = scenario.shipments().parallelStream()
                .map(builder::plannedShipment)
                .toList();
        return new TransitSolution(network, shipments);
    }

    public NetworkIndex network() {
        return network;
    }

    /** The planning entity of one shipment, with its candidates and nothing chosen yet (unless fully pinned). */
    public PlannedShipment plannedShipment(Shipment shipment) {
        List<LegUse> prefix = legUses(shipment, shipment.pinnedLegs(), true);
        Itinerary pinnedOnly = new Itinerary(shipment, network, prefix);
        if (pinnedOnly.delivered()) {
            return new PlannedShipment(shipment, List.of(pinnedOnly), pinnedOnly, true);
        }
        List<Itinerary> candidates = new ArrayList<>(candidates(shipment, prefix));
        candidates.add(pinnedOnly);
        return new PlannedShipment(shipment, candidates, null, false);
    }

    /** Itinerary legs for the given legs of a shipment (lanes must exist); used to load plans made elsewhere. */
    public Itinerary itinerary(Shipment shipment, List<Leg> legs) {
        int pinnedCount = shipment.pinnedLegs().size();
        List<LegUse> uses = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            boolean pinned =
                    i < pinnedCount && legs.get(i).equals(shipment.pinnedLegs().get(i));
            uses.add(legUse(shipment, legs.get(i), pinned));
        }
        return new Itinerary(shipment, network, uses);
    }

    private List<LegUse> legUses(Shipment shipment, List<Leg> legs, boolean pinned) {
        List<LegUse> uses = new ArrayList<>(legs.size());
        for (Leg leg : legs) {
            uses.add(legUse(shipment, leg, pinned));
        }
        return uses;
    }

    private LegUse legUse(Shipment shipment, Leg leg, boolean pinned) {
        LaneInfo lane = network.lane(leg.lane());
        if (lane == null) {
            throw new IllegalArgumentException("unknown lane " + leg.lane() + " in the legs of " + shipment.id());
        }
        return new LegUse(
                shipment.id(),
                lane,
                leg.departure(),
                leg.arrival(),
                shipment.teu(),
                NetworkIndex.grams(shipment.weightTons()),
                network.slot(lane, leg.departure()),
                network.nodeDay(lane.from().code(), leg.departure()),
                pinned);
    }

    private LegUse chosen(Shipment shipment, LaneInfo lane, Instant departure, long grams) {
        return new LegUse(
                shipment.id(),
                lane,
                departure,
                departure.plus(Duration.ofHours(lane.lane().transitHours())),
                shipment.teu(),
                grams,
                network.slot(lane, departure),
                network.nodeDay(lane.from().code(), departure),
                false);
    }

    // ---------------------------------------------------------------- candidates

    private List<Itinerary> candidates(Shipment shipment, List<LegUse> prefix) {
        String start = prefix.isEmpty()
                ? shipment.origin()
                : prefix.get(prefix.size() - 1).toNode();
        Set<String> visited = new LinkedHashSet<>();
        visited.add(shipment.origin());
        prefix.forEach(l -> visited.add(l.toNode()));
        List<List<LaneInfo>> paths = paths(shipment, start, visited);
        if (paths.isEmpty()) {
            return List.of();
        }
        Instant ready = shipment.availableAt();
        if (!prefix.isEmpty()) {
            LegUse last = prefix.get(prefix.size() - 1);
            Instant afterHandling =
                    last.arrival().plus(Duration.ofHours(last.lane().to().handlingHours()));
            ready = afterHandling.isAfter(ready) ? afterHandling : ready;
        }
        // levels.get(w) holds, over all paths, the itineraries that wait w departures in all
        List<List<Itinerary>> levels = new ArrayList<>();
        for (int w = 0; w <= options.maxWaitSteps(); w++) {
            levels.add(new ArrayList<>());
        }
        long grams = NetworkIndex.grams(shipment.weightTons());
        for (List<LaneInfo> path : paths) {
            int found = 0;
            for (int w = 0; w <= options.maxWaitSteps() && found < options.maxCandidates(); w++) {
                List<Itinerary> level = levels.get(w);
                int before = level.size();
                expand(shipment, path, 0, ready, w, new ArrayList<>(prefix), grams, level);
                found += level.size() - before;
            }
        }
        List<Itinerary> result = new ArrayList<>();
        for (List<Itinerary> level : levels) {
            level.sort(Comparator.comparingLong(Itinerary::weightedLateness).thenComparingLong(Itinerary::cost));
            for (Itinerary itinerary : level) {
                if (result.size() >= options.maxCandidates()) {
                    return result;
                }
                result.add(itinerary);
            }
        }
        return result;
    }

    /** Appends to {@code out} every timing of the path whose waits sum to exactly {@code budget}. */
    private void expand(
            Shipment shipment,
            List<LaneInfo> path,
            int index,
            Instant ready,
            int budget,
            List<LegUse> legs,
            long grams,
            List<Itinerary> out) {
        if (out.size() > options.maxCandidates() * 4) {
            return;
        }
        if (index == path.size()) {
            if (budget == 0) {
                out.add(new Itinerary(shipment, network, legs));
            }
            return;
        }
        LaneInfo lane = path.get(index);
        // cargo may wait longest at its origin base; at a hub only for one of the next few departures
        int perLeg = index == 0 ? options.maxWaitSteps() + 1 : options.departureChoices();
        int choices = Math.min(perLeg, budget + 1);
        int taken = 0;
        for (int i = lane.firstDepartureIndexAtOrAfter(ready); i < lane.departureCount() && taken < choices; i++) {
            Instant departure = lane.departure(i);
            if (!feasible(shipment, lane, departure, grams, legs)) {
                continue;
            }
            // the last leg must spend the remaining budget; an earlier one may spend part of it
            boolean last = index == path.size() - 1;
            if (!last || taken == budget) {
                LegUse leg = chosen(shipment, lane, departure, grams);
                legs.add(leg);
                Instant next = leg.arrival().plus(Duration.ofHours(lane.to().handlingHours()));
                expand(shipment, path, index + 1, next, budget - taken, legs, grams, out);
                legs.remove(legs.size() - 1);
            }
            taken++;
        }
    }

    private boolean feasible(Shipment shipment, LaneInfo lane, Instant departure, long grams, List<LegUse> previous) {
        Instant arrival = departure.plus(Duration.ofHours(lane.lane().transitHours()));
        if (network.closedAt(lane.from().code(), departure)
                || network.closedAt(lane.to().code(), arrival)) {
            return false;
        }
        DepartureSlot slot = network.slot(lane, departure);
        if (slot.capacityTeu() < shipment.teu() || slot.capacityGrams() < grams) {
            return false;
        }
        NodeDay day = network.nodeDay(lane.from().code(), departure);
        if (day != null && day.capacityTeu() < shipment.teu()) {
            return false;
        }
        Set<String> before = previous.isEmpty()
                ? Set.of(network.node(shipment.origin()).country())
                : previous.get(previous.size() - 1).lane().countries();
        for (String country : lane.countries()) {
            if (!before.contains(country) && network.smallestQuota(shipment, country) < shipment.teu()) {
                return false;
            }
        }
        return network.permits(shipment, lane, departure);
    }

    // ---------------------------------------------------------------- routes

    /** One route with what ranks and filters it. */
    private record Route(List<LaneInfo> lanes, long cost, long hours, int capacityTeu, double capacityTons) {
        boolean fits(Shipment shipment) {
            return capacityTeu >= shipment.teu() && capacityTons >= shipment.weightTons();
        }
    }

    /** Every route between two nodes that a nation's cargo class may use, ranked by cost and by time. */
    private record Routes(List<Route> byCost, List<Route> byTime) {}

    private List<List<LaneInfo>> paths(Shipment shipment, String start, Set<String> visited) {
        String key = start
                + '>'
                + shipment.destination()
                + '|'
                + shipment.nation()
                + '|'
                + shipment.cargoClass()
                + '|'
                + String.join(",", visited);
        Routes routes = pathCache.computeIfAbsent(key, k -> routes(shipment, start, visited));
        // half the cheapest and half the fastest routes that this shipment fits
        Set<List<LaneInfo>> kept = new LinkedHashSet<>();
        int cheap = 0;
        int fast = 0;
        while (kept.size() < options.maxPaths()
                && (cheap < routes.byCost().size() || fast < routes.byTime().size())) {
            while (cheap < routes.byCost().size() && !routes.byCost().get(cheap).fits(shipment)) {
                cheap++;
            }
            if (cheap < routes.byCost().size()) {
                kept.add(routes.byCost().get(cheap++).lanes());
            }
            while (fast < routes.byTime().size()
                    && (!routes.byTime().get(fast).fits(shipment)
                            || kept.contains(routes.byTime().get(fast).lanes()))) {
                fast++;
            }
            if (fast < routes.byTime().size() && kept.size() < options.maxPaths()) {
                kept.add(routes.byTime().get(fast++).lanes());
            }
        }
        return List.copyOf(kept);
    }

    private Routes routes(Shipment shipment, String start, Set<String> visited) {
        List<List<LaneInfo>> all = new ArrayList<>();
        search(shipment, start, new HashSet<>(visited), new ArrayList<>(), all);
        List<Route> routes = new ArrayList<>(all.size());
        for (List<LaneInfo> lanes : all) {
            int teu = Integer.MAX_VALUE;
            double tons = Double.MAX_VALUE;
            for (LaneInfo lane : lanes) {
                teu = Math.min(teu, lane.lane().capacityTeu());
                if (lane.lane().capacityTons() != null) {
                    tons = Math.min(tons, lane.lane().capacityTons());
                }
            }
            routes.add(new Route(lanes, pathCost(lanes), pathHours(lanes), teu, tons));
        }
        return new Routes(
                routes.stream().sorted(Comparator.comparingLong(Route::cost)).toList(),
                routes.stream().sorted(Comparator.comparingLong(Route::hours)).toList());
    }

    private void search(
            Shipment shipment, String at, Set<String> visited, List<LaneInfo> path, List<List<LaneInfo>> out) {
        if (out.size() >= 5_000) {
            return;
        }
        if (at.equals(shipment.destination())) {
            out.add(List.copyOf(path));
            return;
        }
        if (path.size() >= options.maxLegs()) {
            return;
        }
        for (LaneInfo lane : network.lanesFrom(at)) {
            String next = lane.to().code();
            if (visited.contains(next) || lane.departureCount() == 0 || !network.mayEverPermit(shipment, lane)) {
                continue;
            }
            visited.add(next);
            path.add(lane);
            search(shipment, next, visited, path, out);
            path.remove(path.size() - 1);
            visited.remove(next);
        }
    }

    private static long pathCost(List<LaneInfo> path) {
        return path.stream().mapToLong(l -> l.lane().costPerTeu()).sum();
    }

    private static long pathHours(List<LaneInfo> path) {
        long hours = 0;
        for (int i = 0; i < path.size(); i++) {
            hours += path.get(i).lane().transitHours();
            if (i > 0) {
                Node between = path.get(i).from();
                hours += between.handlingHours();
            }
        }
        return hours;
    }

    /** For diagnostics: how many candidates each shipment got. */
    public static String candidateStatistics(TransitSolution solution) {
        var counts = solution.getShipments().stream()
                .mapToInt(s -> s.getCandidates().size())
                .summaryStatistics();
        return counts.getCount() == 0
                ? "no shipments"
                : String.format(
                        "candidates per shipment: min %d, mean %.1f, max %d",
                        counts.getMin(), counts.getAverage(), counts.getMax());
    }
}
