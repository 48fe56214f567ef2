package io.transitplanner.service;

import io.transitplanner.domain.ShipmentStatus;

/** A stored shipment a newly imported network cannot serve, and why (see {@link Servability}). */
public record UnservableShipment(long id, String nation, String reference, ShipmentStatus status, String reason) {}
