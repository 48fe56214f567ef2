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
 *
 * <p>The work is shared between shipments of the same start, destination, nation and cargo class (a <em>key</em>):
 * the routes are enumerated once per key, and on each route the timings after a given first departure (the chains
 * of later legs, with the waits they spend) once per key, first departure and wait; a shipment then only picks its
 * first departures and ranks the shared chains by its own due date. A shared chain is used only when the shipment
 * fits every departure its enumeration looked at, so the candidates are exactly those a shipment-by-shipment
 * enumeration gives; otherwise that shipment's chains are enumerated for it alone. The chains are arrays of shared
 * {@link Hop}s, so a candidate costs one small object.
 */
public final class CandidateBuilder {
    private final NetworkIndex network;
    private final CandidateOptions options;
    private final Map<String, Routes> routeCache = new ConcurrentHashMap<>();

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
        Cargo cargo = new Cargo(shipment, network, pinnedHops(shipment));
        Itinerary pinnedOnly = new Itinerary(cargo, cargo.pinned(), Cargo.none());
        if (pinnedOnly.delivered()) {
            return new PlannedShipment(shipment, List.of(pinnedOnly), pinnedOnly, true);
        }
        List<Itinerary> candidates = candidates(cargo);
        candidates.add(pinnedOnly);
        return new PlannedShipment(shipment, candidates, null, false);
    }

    /** Itinerary legs for the given legs of a shipment (lanes must exist); used to load plans made elsewhere. */
    public Itinerary itinerary(Shipment shipment, List<Leg> legs) {
        int pinnedCount = shipment.pinnedLegs().size();
        Hop[] hops = new Hop[legs.size()];
        for (int i = 0; i < legs.size(); i++) {
            boolean pinned =
                    i < pinnedCount && legs.get(i).equals(shipment.pinnedLegs().get(i));
            hops[i] = hop(shipment, legs.get(i), pinned);
        }
        return new Itinerary(new Cargo(shipment, network, pinnedHops(shipment)), Cargo.none(), hops);
    }

    private Hop[] pinnedHops(Shipment shipment) {
        Hop[] hops = new Hop[shipment.pinnedLegs().size()];
        for (int i = 0; i < hops.length; i++) {
            hops[i] = hop(shipment, shipment.pinnedLegs().get(i), true);
        }
        return hops;
    }

    /** The shared hop when the leg is a scheduled departure as scheduled, else a hop of its own. */
    private Hop hop(Shipment shipment, Leg leg, boolean pinned) {
        LaneInfo lane = network.lane(leg.lane());
        if (lane == null) {
            throw new IllegalArgumentException("unknown lane " + leg.lane() + " in the legs of " + shipment.id());
        }
        if (!pinned) {
            int i = lane.firstDepartureIndexAtOrAfter(leg.departure());
            if (i < lane.departureCount() && lane.departure(i).equals(leg.departure())) {
                Hop shared = network.hop(lane, i);
                if (shared.arrival().equals(leg.arrival())) {
                    return shared;
                }
            }
        }
        return new Hop(
                lane,
                leg.departure(),
                leg.arrival(),
                network.slot(lane, leg.departure()),
                network.nodeDay(lane.from().code(), leg.departure()),
                pinned,
                false);
    }

    // ---------------------------------------------------------------- candidates

    private List<Itinerary> candidates(Cargo cargo) {
        Shipment shipment = cargo.shipment();
        Hop[] prefix = cargo.pinned();
        Hop lastPinned = prefix.length == 0 ? null : prefix[prefix.length - 1];
        String start = lastPinned == null ? shipment.origin() : lastPinned.toNode();
        Set<String> visited = new LinkedHashSet<>();
        visited.add(shipment.origin());
        for (Hop hop : prefix) {
            visited.add(hop.toNode());
        }
        List<Route> routes = paths(shipment, start, visited);
        List<Itinerary> result = new ArrayList<>();
        if (routes.isEmpty()) {
            return result;
        }
        Instant ready = shipment.availableAt();
        if (lastPinned != null) {
            Instant afterHandling = lastPinned
                    .arrival()
                    .plus(Duration.ofHours(lastPinned.lane().to().handlingHours()));
            ready = afterHandling.isAfter(ready) ? afterHandling : ready;
        }
        Set<String> before = lastPinned == null
                ? Set.of(network.node(shipment.origin()).country())
                : lastPinned.lane().countries();
        int max = options.maxCandidates();
        // a level (the itineraries that wait w departures in all) holds at most this many, over all routes
        int cap = max * 4 + 1;
        int[] found = new int[routes.size()];
        long weight = (long) shipment.priorityWeight() * shipment.teu();
        // level by level, each route adding its timings in route order, until enough candidates are taken
        for (int w = 0; w <= options.maxWaitSteps() && result.size() < max; w++) {
            List<Hop[]> level = new ArrayList<>();
            for (int p = 0; p < routes.size() && level.size() < cap; p++) {
                if (found[p] >= max) {
                    continue;
                }
                int sizeBefore = level.size();
                timings(cargo, routes.get(p), w, ready, before, level, cap);
                found[p] += level.size() - sizeBefore;
            }
            int n = level.size();
            long[] late = new long[n];
            long[] cost = new long[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                Hop[] chain = level.get(i);
                late[i] =
                        weight * Math.max(0, Itinerary.ceilHours(shipment.dueAt(), chain[chain.length - 1].arrival()));
                cost[i] = perTeu(chain) * shipment.teu();
                order[i] = i;
            }
            // stable: equal lateness and cost keep the order of enumeration
            java.util.Arrays.sort(
                    order, Comparator.comparingLong((Integer i) -> late[i]).thenComparingLong(i -> cost[i]));
            for (int i = 0; i < n && result.size() < max; i++) {
                result.add(new Itinerary(cargo, prefix, level.get(order[i])));
            }
        }
        return result;
    }

    /**
     * Appends to {@code level} (up to {@code cap}) every timing of the route whose waits sum to exactly {@code budget}:
     * the first leg on one of the first {@code budget + 1} feasible departures at or after {@code ready}, the later
     * legs as the route's shared chains after that departure.
     */
    private void timings(
            Cargo cargo, Route route, int budget, Instant ready, Set<String> before, List<Hop[]> level, int cap) {
        LaneInfo lane = route.lanes.get(0);
        boolean last = route.lanes.size() == 1;
        int choices = Math.min(options.maxWaitSteps() + 1, budget + 1);
        int taken = 0;
        for (int i = lane.firstDepartureIndexAtOrAfter(ready);
                i < lane.departureCount() && taken < choices && level.size() < cap;
                i++) {
            Hop hop = lane.hop(i);
            if (!feasible(cargo, hop, before)) {
                continue;
            }
            if (taken == budget && last) {
                level.add(new Hop[] {hop});
            } else if (!last) {
                Chains chains = route.chains(this, i, budget - taken);
                List<Hop[]> own = chains.fits(cargo) ? chains.list : chains(cargo, route, i, budget - taken).list;
                for (int k = 0; k < own.size() && level.size() < cap; k++) {
                    level.add(own.get(k));
                }
            }
            taken++;
        }
    }

    /**
     * The chains of a route after its first leg on departure {@code first}, whose later waits sum to {@code budget}.
     * With {@code cargo == null} for the route's key (any shipment of it), recording the smallest capacities the
     * enumeration looked at; otherwise for that shipment alone.
     */
    private Chains chains(Cargo cargo, Route route, int first, int budget) {
        Chains chains = new Chains();
        Hop[] buffer = new Hop[route.lanes.size()];
        buffer[0] = route.lanes.get(0).hop(first);
        extend(cargo, route, 1, afterHandling(buffer[0]), budget, buffer, chains);
        return chains;
    }

    private void extend(Cargo cargo, Route route, int index, Instant ready, int budget, Hop[] buffer, Chains out) {
        if (index == buffer.length) {
            if (budget == 0) {
                out.list.add(buffer.clone());
            }
            return;
        }
        LaneInfo lane = route.lanes.get(index);
        // at a hub, cargo waits only for one of the next few departures
        int choices = Math.min(options.departureChoices(), budget + 1);
        boolean last = index == buffer.length - 1;
        Set<String> before = buffer[index - 1].lane().countries();
        int taken = 0;
        for (int i = lane.firstDepartureIndexAtOrAfter(ready); i < lane.departureCount() && taken < choices; i++) {
            Hop hop = lane.hop(i);
            if (cargo == null) {
                if (!feasibleForKey(route.key, hop, before)) {
                    continue;
                }
                out.record(hop, network, route.key, before);
            } else if (!feasible(cargo, hop, before)) {
                continue;
            }
            if (!last || taken == budget) {
                buffer[index] = hop;
                extend(cargo, route, index + 1, afterHandling(hop), budget - taken, buffer, out);
            }
            taken++;
        }
    }

    private static Instant afterHandling(Hop hop) {
        return hop.arrival().plus(Duration.ofHours(hop.lane().to().handlingHours()));
    }

    /** Feasible for this shipment: for its key, and it alone fits the departure, the node's day and every quota. */
    private boolean feasible(Cargo cargo, Hop hop, Set<String> before) {
        Shipment shipment = cargo.shipment();
        DepartureSlot slot = hop.slot();
        if (slot.capacityTeu() < shipment.teu() || slot.capacityGrams() < cargo.grams()) {
            return false;
        }
        NodeDay day = hop.fromDay();
        if (day != null && day.capacityTeu() < shipment.teu()) {
            return false;
        }
        for (String country : hop.lane().countries()) {
            if (!before.contains(country) && network.smallestQuota(shipment, country) < shipment.teu()) {
                return false;
            }
        }
        return feasibleForKey(shipment, hop, before);
    }

    /** What does not depend on the shipment's size: closures, and permissions for its nation and cargo class. */
    private boolean feasibleForKey(Shipment key, Hop hop, Set<String> before) {
        if (network.closedAt(hop.fromNode(), hop.departure()) || network.closedAt(hop.toNode(), hop.arrival())) {
            return false;
        }
        return network.permits(key, hop.lane(), hop.departure());
    }

    /** Chains of later legs, and the smallest capacities their enumeration looked at (for a key's chains). */
    private static final class Chains {
        final List<Hop[]> list = new ArrayList<>(2);
        int minTeu = Integer.MAX_VALUE;
        long minGrams = Long.MAX_VALUE;

        void record(Hop hop, NetworkIndex network, Shipment key, Set<String> before) {
            minTeu = Math.min(minTeu, hop.slot().capacityTeu());
            minGrams = Math.min(minGrams, hop.slot().capacityGrams());
            if (hop.fromDay() != null) {
                minTeu = Math.min(minTeu, hop.fromDay().capacityTeu());
            }
            for (String country : hop.lane().countries()) {
                if (!before.contains(country)) {
                    minTeu = Math.min(minTeu, network.smallestQuota(key, country));
                }
            }
        }

        /** True when the shipment fits everything looked at, so its own enumeration would give these chains. */
        boolean fits(Cargo cargo) {
            return cargo.teu() <= minTeu && cargo.grams() <= minGrams;
        }
    }

    // ---------------------------------------------------------------- routes

    /** One route with what ranks and filters it, and the chains of later legs found on it so far. */
    private static final class Route {
        final List<LaneInfo> lanes;
        final Shipment key;
        final long cost;
        final long hours;
        final int capacityTeu;
        final double capacityTons;
        private final Map<Long, Chains> chains = new ConcurrentHashMap<>();

        Route(List<LaneInfo> lanes, Shipment key, long cost, long hours, int capacityTeu, double capacityTons) {
            this.lanes = lanes;
            this.key = key;
            this.cost = cost;
            this.hours = hours;
            this.capacityTeu = capacityTeu;
            this.capacityTons = capacityTons;
        }

        boolean fits(Shipment shipment) {
            return capacityTeu >= shipment.teu() && capacityTons >= shipment.weightTons();
        }

        /** The key's chains after the first leg on departure {@code first} with {@code budget} later waits. */
        Chains chains(CandidateBuilder builder, int first, int budget) {
            return chains.computeIfAbsent(
                    ((long) first << 16) | budget, k -> builder.chains(null, this, first, budget));
        }
    }

    /** Every route between two nodes that a nation's cargo class may use, ranked by cost and by time. */
    private record Routes(List<Route> byCost, List<Route> byTime) {}

    private List<Route> paths(Shipment shipment, String start, Set<String> visited) {
        String key = start
                + '>'
                + shipment.destination()
                + '|'
                + shipment.nation()
                + '|'
                + shipment.cargoClass()
                + '|'
                + String.join(",", visited);
        Routes routes = routeCache.computeIfAbsent(key, k -> routes(shipment, start, visited));
        // half the cheapest and half the fastest routes that this shipment fits
        Set<Route> kept = new LinkedHashSet<>();
        int cheap = 0;
        int fast = 0;
        while (kept.size() < options.maxPaths()
                && (cheap < routes.byCost().size() || fast < routes.byTime().size())) {
            while (cheap < routes.byCost().size() && !routes.byCost().get(cheap).fits(shipment)) {
                cheap++;
            }
            if (cheap < routes.byCost().size()) {
                kept.add(routes.byCost().get(cheap++));
            }
            while (fast < routes.byTime().size()
                    && (!routes.byTime().get(fast).fits(shipment)
                            || kept.contains(routes.byTime().get(fast)))) {
                fast++;
            }
            if (fast < routes.byTime().size() && kept.size() < options.maxPaths()) {
                kept.add(routes.byTime().get(fast++));
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
            routes.add(new Route(lanes, shipment, pathCost(lanes), pathHours(lanes), teu, tons));
        }
        return new Routes(
                routes.stream()
                        .sorted(Comparator.comparingLong((Route r) -> r.cost))
                        .toList(),
                routes.stream()
                        .sorted(Comparator.comparingLong((Route r) -> r.hours))
                        .toList());
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

    private static long perTeu(Hop[] chain) {
        long perTeu = 0;
        for (Hop hop : chain) {
            perTeu += hop.lane().lane().costPerTeu();
        }
        return perTeu;
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
