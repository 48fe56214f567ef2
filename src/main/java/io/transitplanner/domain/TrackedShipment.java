package io.transitplanner.domain;

import java.time.Instant;

/**
 * A shipment as the service keeps it: its server id, where it is in its life, and the version that guards
 * concurrent changes.
 */
public record TrackedShipment(
        long id, Shipment shipment, ShipmentStatus status, long version, Instant createdAt, Instant updatedAt) {}
