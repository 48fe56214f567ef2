package io.transitplanner.rest.dto;

import io.transitplanner.domain.Disruption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Lowered capacity of exactly one node or one lane during [from, to); a node at factor 0 is "
                + "closed. The version is required on update.")
public record DisruptionRequest(
        @Schema(nullable = true, example = "TOR") @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                String node,
        @Schema(nullable = true) @Pattern(regexp = Formats.LANE_CODE, message = Formats.LANE_CODE_TEXT) String lane,
        @Schema(example = "2012-08-24T00:00:00Z") @NotNull Instant from,
        @Schema(example = "2012-08-27T00:00:00Z") @NotNull Instant to,
        @Schema(example = "0.0") @NotNull @DecimalMin("0") @DecimalMax("1") Double capacityFactor,
        @Size(max = 2000) String reason,
        @Schema(nullable = true) Long version) {

    public Disruption toDisruption() {
        return new Disruption(node, lane, from, to, capacityFactor, reason);
    }
}
