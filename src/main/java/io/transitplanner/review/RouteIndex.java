package io.transitplanner.review;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Scenario;
import io.transitplanner.solver.CandidateOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lanes out of each node and the departures of each lane inside the horizon, built once per scenario; and the
 * possible routes between two nodes: every simple path of lanes, as the solver enumerates its candidate routes, up to
 * its leg limit ({@link CandidateOptions#maxLegs()} of the defaults), without the solver's pruning by permission or
 * size (a review must say why a route is out, not drop it).
 */
final class RouteIndex {
    /** The most legs of a route after the pinned ones, as the solver's candidates. */
    static final int MAX_LEGS = CandidateOptions.defaults().maxLegs();

    /** The most routes enumerated between two nodes; the solver's search stops at the same number. */
    static final int MAX_ROUTES = 5_000;

    private final Map<String, List<Lane>> lanesFrom = new HashMap<>();
    private final Map<String, List<Instant>> departures = new HashMap<>();

    RouteIndex(Scenario scenario) {
        for (Lane lane : scenario.lanes()) {
            if (departures.containsKey(lane.code())) {
                continue;
            }
            departures.put(lane.code(), lane.schedule().departures(scenario.horizon(), lane.transitHours()));
            lanesFrom.computeIfAbsent(lane.from(), k -> new ArrayList<>()).add(lane);
        }
        lanesFrom.values().forEach(l -> l.sort(Comparator.comparing(Lane::code)));
    }

    /** The lane's departures inside the horizon, in order. */
    List<Instant> departures(Lane lane) {
        return departures.getOrDefault(lane.code(), List.of());
    }

    /** The index of the lane's first departure at or after the instant (the count when none is). */
    int firstAtOrAfter(Lane lane, Instant ready) {
        List<Instant> all = departures(lane);
        int i = Collections.binarySearch(all, ready);
        return i >= 0 ? i : -i - 1;
    }

    /** Every simple path of lanes from {@code start} to {@code destination} that does not revisit {@code visited}. */
    List<List<Lane>> routes(String start, String destination, Set<String> visited) {
        List<List<Lane>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(visited);
        seen.add(start);
        search(start, destination, seen, new ArrayList<>(), out);
        return out;
    }

    private void search(String at, String destination, Set<String> visited, List<Lane> path, List<List<Lane>> out) {
        if (out.size() >= MAX_ROUTES) {
            return;
        }
        if (at.equals(destination)) {
            out.add(List.copyOf(path));
            return;
        }
        if (path.size() >= MAX_LEGS) {
            return;
        }
        for (Lane lane : lanesFrom.getOrDefault(at, List.of())) {
            if (visited.add(lane.to())) {
                path.add(lane);
                search(lane.to(), destination, visited, path, out);
                path.remove(path.size() - 1);
                visited.remove(lane.to());
            }
        }
    }
}
