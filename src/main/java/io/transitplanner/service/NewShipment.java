package io.transitplanner.service;

import io.transitplanner.domain.CargoClass;
import java.time.Instant;

/**
 * A shipment as a nation submits it, its fields already checked one by one.
 *
 * @param nation {@code null} for an officer (his token names it); required from planners and admins
 */
public record NewShipment(
        String reference,
        String nation,
        String origin,
        String destination,
        CargoClass cargoClass,
        int teu,
        double weightTons,
        Instant availableAt,
        Instant dueAt,
        int priority) {}
