package io.transitplanner.rest.dto;

import io.transitplanner.domain.Mode;
import io.transitplanner.review.Manifest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One lane departure a plan uses and what rides it.")
public record ManifestDto(
        @Schema(example = "TRZ-RIX-RAIL") String lane,
        Mode mode,
        Instant departure,
        Instant arrival,
        @Schema(description = "Server ids of the shipments on it (as in the plan's assignments)") List<Long> shipments,
        long teuUsed,
        @Schema(description = "floor(capacityTeu x f), f the lowest factor of the lane's disruptions then")
                long teuCapacity,
        BigDecimal tonnesUsed,
        @Schema(nullable = true, description = "Null when the lane has no tonnage limit") BigDecimal tonnesCapacity,
        @Schema(description = "f: 1 when no disruption holds at the departure") BigDecimal capacityFactor) {

    public static ManifestDto from(Manifest m, Function<String, Long> serverId) {
        return new ManifestDto(
                m.lane(),
                m.mode(),
                m.departure(),
                m.arrival(),
                m.shipmentIds().stream().map(serverId).toList(),
                m.teuUsed(),
                m.teuCapacity(),
                m.tonnesUsed(),
                m.tonnesCapacity(),
                m.capacityFactor());
    }
}
