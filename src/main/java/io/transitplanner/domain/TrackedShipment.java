package io.transitplanner.domain;

import java.time.Instant;

/**
 * A shipment as the service keeps it: its server id, where it is in its life, and the version that guards
 * concurrent changes.
 *
 * @param needsReplan amended or cancelled while a published plan carried it, and no plan made since is published
 */
public record TrackedShipment(
        long id,
        Shipment shipment,
        ShipmentStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        boolean needsReplan) {

    public TrackedShipment(
            long id, Shipment shipment, ShipmentStatus status, long version, Instant createdAt, Instant updatedAt) {
        this(id, shipment, status, version, createdAt, updatedAt, false);
    }
}
