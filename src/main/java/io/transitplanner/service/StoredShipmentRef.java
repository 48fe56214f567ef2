package io.transitplanner.service;

/** Which id a stored shipment got. */
public record StoredShipmentRef(long id, String nation, String reference) {}
