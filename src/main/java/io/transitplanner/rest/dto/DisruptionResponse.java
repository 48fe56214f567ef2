package io.transitplanner.rest.dto;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Identified;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Lowered capacity of one node or one lane during [from, to).")
public record DisruptionResponse(
        long id,
        @Schema(nullable = true) String node,
        @Schema(nullable = true) String lane,
        Instant from,
        Instant to,
        double capacityFactor,
        @Schema(nullable = true) String reason,
        long version) {

    public static DisruptionResponse from(Identified<Disruption> i) {
        Disruption d = i.value();
        return new DisruptionResponse(
                i.id(), d.node(), d.lane(), d.from(), d.to(), d.capacityFactor(), d.reason(), i.version());
    }
}
