package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored shipment.")
public record ShipmentResponse(
        @Schema(description = "Server id, used in URLs", example = "1") long id,
        String reference,
        String nation,
        String origin,
        String destination,
        CargoClass cargoClass,
        int teu,
        double weightTons,
        Instant availableAt,
        Instant dueAt,
        int priority,
        ShipmentStatus status,
        @Schema(description = "Send it back with a change; a change based on an older version is refused (409)")
                long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Legs booked or under way when the shipment was imported") List<LegDto> pinnedLegs,
        @Schema(
                        description =
                                "Amended or cancelled while the published plan carried it: the next published plan"
                                        + " made after the change accounts for it")
                boolean needsReplan) {

    public static ShipmentResponse from(TrackedShipment t) {
        Shipment s = t.shipment();
        return new ShipmentResponse(
                t.id(),
                s.id(),
                s.nation(),
                s.origin(),
                s.destination(),
                s.cargoClass(),
                s.teu(),
                s.weightTons(),
                s.availableAt(),
                s.dueAt(),
                s.priority(),
                t.status(),
                t.version(),
                t.createdAt(),
                t.updatedAt(),
                s.pinnedLegs().stream().map(LegDto::from).toList(),
                t.needsReplan());
    }
}
