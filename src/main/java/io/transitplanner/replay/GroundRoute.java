package io.transitplanner.replay;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ground route out of the country the shipments start in: its crossing lanes (road lanes from that country into
 * another) and the closure of the crossings on the far side, which the replay takes away to plan as if it were not
 * known.
 */
public final class GroundRoute {

    private GroundRoute() {}

    /** The closures (capacity 0) of the nodes the crossing lanes lead to, in the scenario's order. */
    public static List<Disruption> closures(Scenario scenario) {
        Set<String> farSide = crossings(scenario).stream().map(Lane::to).collect(Collectors.toSet());
        return scenario.disruptions().stream()
                .filter(d -> d.onNode() && d.isClosure() && farSide.contains(d.node()))
                .toList();
    }

    /** The earliest of those closures, if any. */
    public static Optional<Disruption> closure(Scenario scenario) {
        return closures(scenario).stream().min((a, b) -> a.from().compareTo(b.from()));
    }

    /** The same scenario without the closures of the crossings: the network as a planner saw it in July. */
    public static Scenario withoutClosure(Scenario scenario) {
        List<Disruption> closures = closures(scenario);
        List<Disruption> kept = scenario.disruptions().stream()
                .filter(d -> !closures.contains(d))
                .toList();
        return scenario.withDisruptions(kept);
    }

    /** Road lanes from a node in a country where shipments start to a node of another country. */
    static List<Lane> crossings(Scenario scenario) {
        Map<String, String> country = countries(scenario);
        Set<String> origins =
                scenario.shipments().stream().map(s -> country.get(s.origin())).collect(Collectors.toSet());
        return scenario.lanes().stream()
                .filter(l -> l.mode() == Mode.ROAD)
                .filter(l -> origins.contains(country.get(l.from())))
                .filter(l -> !country.get(l.from()).equals(country.get(l.to())))
                .toList();
    }

    static Map<String, String> countries(Scenario scenario) {
        Map<String, String> country = new HashMap<>();
        for (Node node : scenario.nodes()) {
            country.put(node.code(), node.country());
        }
        return country;
    }
}
