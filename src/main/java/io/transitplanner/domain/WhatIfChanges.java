package io.transitplanner.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a what-if changes in its copy of the live scenario: nodes or lanes closed (or slowed) for some days, lanes cut
 * for good, quotas added and shipments added. Applying them never touches the live scenario; it returns a new one.
 *
 * @param closures disruptions added; a node at factor 0 is closed, a lane at factor 0 carries nothing
 * @param cutLanes lanes removed, together with the disruptions that name them
 * @param quotas quotas added beside the scenario's own
 * @param shipments shipments added (their ids unique in the scenario)
 */
public record WhatIfChanges(
        List<Disruption> closures, List<String> cutLanes, List<Quota> quotas, List<Shipment> shipments) {

    public WhatIfChanges {
        closures = closures == null ? List.of() : List.copyOf(closures);
        cutLanes = cutLanes == null ? List.of() : List.copyOf(cutLanes);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }

    public static WhatIfChanges none() {
        return new WhatIfChanges(List.of(), List.of(), List.of(), List.of());
    }

    /** The scenario with these changes, under a new name; the lanes cut go with the disruptions on them. */
    public Scenario applyTo(Scenario base, String name) {
        Set<String> cut = new HashSet<>(cutLanes);
        List<Lane> lanes =
                base.lanes().stream().filter(l -> !cut.contains(l.code())).toList();
        List<Disruption> disruptions = new ArrayList<>();
        base.disruptions().stream()
                .filter(d -> d.lane() == null || !cut.contains(d.lane()))
                .forEach(disruptions::add);
        disruptions.addAll(closures);
        List<Quota> allQuotas = new ArrayList<>(base.quotas());
        allQuotas.addAll(quotas);
        List<Shipment> allShipments = new ArrayList<>(base.shipments());
        allShipments.addAll(shipments);
        return new Scenario(
                name,
                base.horizon(),
                base.nodes(),
                lanes,
                base.permissions(),
                allQuotas,
                disruptions,
                allShipments,
                base.notes());
    }
}
