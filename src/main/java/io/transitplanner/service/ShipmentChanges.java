package io.transitplanner.service;

import java.time.Instant;

/**
 * What an officer may still change before a shipment departs; {@code null} leaves a field as it is.
 *
 * @param version the version the change is based on
 */
public record ShipmentChanges(long version, Instant dueAt, Integer priority, Integer teu, Double weightTons) {

    public boolean isEmpty() {
        return dueAt == null && priority == null && teu == null && weightTons == null;
    }
}
