package io.transitplanner.service;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a network can still serve a stored shipment, by a deliberately simple test (no route search, no schedule,
 * no capacity; those are the planner's to judge): its origin and destination are nodes of the network, every lane
 * of its pinned legs is a lane of the network, and, while it is still to be delivered, at least one lane leaves the
 * node it starts from (the end of its last pinned leg, else its origin) and at least one lane enters its destination
 * that are open to its nation and cargo class. A lane is open when every country it touches (both ends and its
 * transits) has at least one permission, at any time, for that cargo class, that nation (or every nation) and the
 * lane's mode (or every mode). A shipment that passes may still find no route; it then stays unplanned, which the
 * plan reports. One that fails cannot be planned at all on this network.
 */
final class Servability {
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Lane> lanes = new HashMap<>();
    private final Map<String, List<Permission>> permissionsByCountry;

    Servability(Scenario network) {
        network.nodes().forEach(n -> nodes.put(n.code(), n));
        network.lanes().forEach(l -> lanes.put(l.code(), l));
        permissionsByCountry = network.permissions().stream().collect(Collectors.groupingBy(Permission::country));
    }

    /** Why the network cannot serve the shipment, or {@code null} when it can. */
    String reasonAgainst(Shipment s, ShipmentStatus status) {
        if (!nodes.containsKey(s.origin())) {
            return "origin '" + s.origin() + "' is not a node of the new network";
        }
        if (!nodes.containsKey(s.destination())) {
            return "destination '" + s.destination() + "' is not a node of the new network";
        }
        for (Leg leg : s.pinnedLegs()) {
            if (!lanes.containsKey(leg.lane())) {
                return "its pinned leg on lane '" + leg.lane() + "' is not a lane of the new network";
            }
        }
        if (status == ShipmentStatus.DELIVERED || status == ShipmentStatus.CANCELLED) {
            return null;
        }
        String from = s.hasPinnedLegs()
                ? lanes.get(s.pinnedLegs().get(s.pinnedLegs().size() - 1).lane())
                        .to()
                : s.origin();
        if (from.equals(s.destination())) {
            return null;
        }
        boolean out =
                lanes.values().stream().anyMatch(l -> l.from().equals(from) && open(l, s.nation(), s.cargoClass()));
        if (!out) {
            return "no lane out of '" + from + "' is open to " + s.nation() + " " + s.cargoClass();
        }
        boolean in = lanes.values().stream()
                .anyMatch(l -> l.to().equals(s.destination()) && open(l, s.nation(), s.cargoClass()));
        if (!in) {
            return "no lane into '" + s.destination() + "' is open to " + s.nation() + " " + s.cargoClass();
        }
        return null;
    }

    private boolean open(Lane lane, String nation, CargoClass cargoClass) {
        Set<String> countries = lane.countries(
                nodes.get(lane.from()).country(), nodes.get(lane.to()).country());
        return countries.stream().allMatch(country -> permissionsByCountry.getOrDefault(country, List.of()).stream()
                .anyMatch(p -> p.cargoClasses().contains(cargoClass)
                        && (p.nations() == null || p.nations().contains(nation))
                        && (p.modes() == null || p.modes().contains(lane.mode()))));
    }
}
