package io.transitplanner.domain;

import java.util.Set;

/** Where a shipment is in its life, from its submission to its delivery (or its cancellation). */
public enum ShipmentStatus {
    /** Submitted by its nation, waiting for a published plan. */
    SUBMITTED,
    /** A published plan carries it. */
    PLANNED,
    /** It has left its origin: its due date, size and priority are facts now. */
    IN_TRANSIT,
    /** It reached its destination. */
    DELIVERED,
    /** Withdrawn by its nation before it departed. */
    CANCELLED;

    /** True while it has not departed: due date, priority and size may still change, and it may be cancelled. */
    public boolean isChangeable() {
        return this == SUBMITTED || this == PLANNED;
    }

    /** True while it still needs planning: the shipments a scenario export lists. */
    public boolean isActive() {
        return this == SUBMITTED || this == PLANNED || this == IN_TRANSIT;
    }

    /** The statuses tracking may move it to from this one. */
    public Set<ShipmentStatus> trackingSuccessors() {
        return switch (this) {
            case PLANNED -> Set.of(IN_TRANSIT);
            case IN_TRANSIT -> Set.of(DELIVERED);
            default -> Set.of();
        };
    }
}
