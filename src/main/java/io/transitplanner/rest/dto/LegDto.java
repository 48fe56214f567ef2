package io.transitplanner.rest.dto;

import io.transitplanner.domain.Leg;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One ride of a shipment on one departure of a lane.")
public record LegDto(
        @Schema(example = "OB1-BXU-ROAD") String lane,
        @Schema(example = "2012-08-22T18:00:00Z") Instant departure,
        @Schema(example = "2012-08-23T07:00:00Z") Instant arrival) {

    public static LegDto from(Leg leg) {
        return new LegDto(leg.lane(), leg.departure(), leg.arrival());
    }
}
