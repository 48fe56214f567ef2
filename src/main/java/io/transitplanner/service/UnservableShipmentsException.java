package io.transitplanner.service;

import java.util.List;

/** An import would leave stored shipments on a network that cannot serve them; the admin must say what to do. */
public class UnservableShipmentsException extends ConflictException {
    private final List<UnservableShipment> shipments;

    public UnservableShipmentsException(List<UnservableShipment> shipments) {
        super(
                shipments.size() + (shipments.size() == 1 ? " stored shipment" : " stored shipments")
                        + " the document does not name cannot be served by its network; nothing was changed."
                        + " Import again with unservable=archive (archived, restorable) or unservable=keep"
                        + " (kept with the nodes and lanes they name), or name them in the document",
                shipments.stream()
                        .map(u -> new FieldProblem(
                                "/api/shipments/" + u.id(), u.nation() + " '" + u.reference() + "': " + u.reason()))
                        .toList());
        this.shipments = List.copyOf(shipments);
    }

    public List<UnservableShipment> shipments() {
        return shipments;
    }
}
