package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.service.ShipmentDetails;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored shipment with its itinerary from the latest published plan that carries it.")
public record ShipmentDetailResponse(
        long id,
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
        long version,
        Instant createdAt,
        Instant updatedAt,
        List<LegDto> pinnedLegs,
        @Schema(description = "Planned legs; empty until a published plan carries the shipment") List<LegDto> legs,
        @Schema(
                        description =
                                "Arrival of the last planned leg; null until a published plan carries the shipment",
                        nullable = true)
                Instant eta,
        @Schema(
                        description =
                                "Amended or cancelled while the published plan carried it: the next published plan"
                                        + " made after the change accounts for it")
                boolean needsReplan) {

    public static ShipmentDetailResponse from(ShipmentDetails d) {
        TrackedShipment t = d.shipment();
        Shipment s = t.shipment();
        return new ShipmentDetailResponse(
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
                d.legs().stream().map(LegDto::from).toList(),
                d.eta(),
                t.needsReplan());
    }
}
