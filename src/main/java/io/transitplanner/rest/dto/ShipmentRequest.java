package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.service.NewShipment;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A shipment a nation submits. Instants are RFC 3339 date-times with Z or a numeric offset.")
public record ShipmentRequest(
        @Schema(description = "The nation's own reference, unique within the nation", example = "GB-2012-0001")
                @NotNull
                @Pattern(regexp = Formats.REFERENCE, message = Formats.REFERENCE_TEXT)
                String reference,
        @Schema(
                        description = "Owner nation; taken from an officer's token, required from planners and admins",
                        example = "GB",
                        nullable = true)
                @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT)
                String nation,
        @Schema(description = "Node code", example = "OB1")
                @NotNull
                @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                String origin,
        @Schema(description = "Node code", example = "HGB")
                @NotNull
                @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                String destination,
        @NotNull CargoClass cargoClass,
        @Schema(description = "Twenty-foot equivalent units", example = "2", minimum = "1", maximum = "10000")
                @NotNull
                @Min(1)
                @Max(Formats.MAX_TEU)
                Integer teu,
        @Schema(example = "18.5", maximum = Formats.MAX_TONS) @NotNull @Positive @DecimalMax(Formats.MAX_TONS)
                Double weightTons,
        @Schema(description = "Earliest departure from the origin", example = "2012-08-22T00:00:00Z") @NotNull
                Instant availableAt,
        @Schema(description = "Required delivery at the destination", example = "2012-09-15T00:00:00Z") @NotNull
                Instant dueAt,
        @Schema(description = "1 (most urgent) to 5", example = "3", minimum = "1", maximum = "5")
                @NotNull
                @Min(1)
                @Max(5)
                Integer priority) {

    public NewShipment toDraft() {
        return new NewShipment(
                reference, nation, origin, destination, cargoClass, teu, weightTons, availableAt, dueAt, priority);
    }
}
