package io.transitplanner.rest.dto;

import io.transitplanner.service.ShipmentChanges;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A change of a shipment that has not departed; give at least one field besides the version.")
public record ShipmentAmendRequest(
        @Schema(description = "The version the change is based on", example = "0") @NotNull Long version,
        @Schema(nullable = true, example = "2012-09-20T00:00:00Z") Instant dueAt,
        @Schema(nullable = true, minimum = "1", maximum = "5") @Min(1) @Max(5) Integer priority,
        @Schema(nullable = true, minimum = "1", maximum = "10000") @Min(1) @Max(Formats.MAX_TEU) Integer teu,
        @Schema(nullable = true, maximum = Formats.MAX_TONS) @Positive @DecimalMax(Formats.MAX_TONS)
                Double weightTons) {

    public ShipmentChanges toChanges() {
        return new ShipmentChanges(version, dueAt, priority, teu, weightTons);
    }
}
