package io.transitplanner.domain;

import java.util.List;

/**
 * Everything one planning run needs: the horizon, the network, the rules between nations and the shipments.
 *
 * @param notes free text on where the scenario comes from (optional)
 */
public record Scenario(
        String name,
        Horizon horizon,
        List<Node> nodes,
        List<Lane> lanes,
        List<Permission> permissions,
        List<Quota> quotas,
        List<Disruption> disruptions,
        List<Shipment> shipments,
        List<String> notes) {

    public Scenario {
        nodes = List.copyOf(nodes);
        lanes = List.copyOf(lanes);
        permissions = List.copyOf(permissions);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        disruptions = disruptions == null ? List.of() : List.copyOf(disruptions);
        shipments = List.copyOf(shipments);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Scenario withShipments(List<Shipment> newShipments) {
        return new Scenario(name, horizon, nodes, lanes, permissions, quotas, disruptions, newShipments, notes);
    }

    public Scenario withDisruptions(List<Disruption> newDisruptions) {
        return new Scenario(name, horizon, nodes, lanes, permissions, quotas, newDisruptions, shipments, notes);
    }
}
