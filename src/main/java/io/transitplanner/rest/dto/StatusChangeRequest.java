package io.transitplanner.rest.dto;

import io.transitplanner.domain.ShipmentStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Tracking: PLANNED to IN_TRANSIT, IN_TRANSIT to DELIVERED.")
public record StatusChangeRequest(
        @Schema(example = "IN_TRANSIT") @NotNull ShipmentStatus status,
        @Schema(description = "The version the change is based on; left out, any version will do", nullable = true)
                Long version) {}
