package io.transitplanner.review;

/** A shipment id the scenario of the plan does not have. */
public final class UnknownShipmentException extends RuntimeException {
    private final String shipmentId;

    public UnknownShipmentException(String shipmentId) {
        super("the scenario has no shipment '" + shipmentId + "'");
        this.shipmentId = shipmentId;
    }

    public String shipmentId() {
        return shipmentId;
    }
}
