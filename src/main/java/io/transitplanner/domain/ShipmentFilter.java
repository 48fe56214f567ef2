package io.transitplanner.domain;

import java.time.Instant;

/**
 * Which shipments a listing shows; every {@code null} criterion matches everything.
 *
 * @param nation only this nation's shipments
 * @param dueFrom only shipments due at or after this instant
 * @param dueTo only shipments due before this instant
 */
public record ShipmentFilter(
        String nation,
        ShipmentStatus status,
        String origin,
        String destination,
        CargoClass cargoClass,
        Instant dueFrom,
        Instant dueTo) {

    public ShipmentFilter withNation(String onlyNation) {
        return new ShipmentFilter(onlyNation, status, origin, destination, cargoClass, dueFrom, dueTo);
    }
}
