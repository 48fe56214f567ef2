package io.transitplanner.service;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Quota;
import java.util.List;

/**
 * What a planner asks for in a new what-if: a name, and the changes to make in its copy of the live scenario.
 *
 * @param closures disruptions to add (exactly one of node and lane each)
 * @param cutLanes codes of lanes to remove
 * @param shipments shipments to add; each names its nation
 */
public record WhatIfDraft(
        String name,
        String description,
        List<Disruption> closures,
        List<String> cutLanes,
        List<Quota> quotas,
        List<NewShipment> shipments) {

    public WhatIfDraft {
        closures = closures == null ? List.of() : List.copyOf(closures);
        cutLanes = cutLanes == null ? List.of() : List.copyOf(cutLanes);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }
}
