package io.transitplanner.service;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.TrackedShipment;
import java.time.Instant;
import java.util.List;

/**
 * A shipment with its itinerary from the latest published plan that carries it.
 *
 * @param legs empty while no published plan carries it
 * @param eta the last arrival of those legs, or {@code null}
 */
public record ShipmentDetails(TrackedShipment shipment, List<Leg> legs, Instant eta) {
    public ShipmentDetails {
        legs = List.copyOf(legs);
    }
}
