package io.transitplanner.review;

import io.transitplanner.domain.Mode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One lane departure the plan uses, and what rides it (rule 6).
 *
 * @param shipmentIds the shipments on it, sorted
 * @param teuCapacity {@code floor(capacityTeu * f)}, {@code f} the lowest factor of the lane's disruptions then
 * @param tonnesCapacity {@code capacityTons * f}; {@code null} when the lane has no tonnage limit
 * @param capacityFactor {@code f}: 1 when no disruption holds at the departure
 */
public record Manifest(
        String lane,
        Instant departure,
        Instant arrival,
        Mode mode,
        List<String> shipmentIds,
        long teuUsed,
        long teuCapacity,
        BigDecimal tonnesUsed,
        BigDecimal tonnesCapacity,
        BigDecimal capacityFactor) {

    public Manifest {
        shipmentIds = List.copyOf(shipmentIds);
    }
}
