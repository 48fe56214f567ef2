package io.transitplanner.rest.dto;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Versioned;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scheduled service between two nodes.")
public record LaneResponse(
        String code,
        String from,
        String to,
        Mode mode,
        int transitHours,
        int capacityTeu,
        @Schema(nullable = true) Double capacityTons,
        int costPerTeu,
        List<String> transits,
        ScheduleDto schedule,
        @Schema(nullable = true) String note,
        long version) {

    public static LaneResponse from(Versioned<Lane> v) {
        Lane l = v.value();
        return new LaneResponse(
                l.code(),
                l.from(),
                l.to(),
                l.mode(),
                l.transitHours(),
                l.capacityTeu(),
                l.capacityTons(),
                l.costPerTeu(),
                l.transits(),
                ScheduleDto.from(l.schedule()),
                l.note(),
                v.version());
    }
}
