package io.transitplanner.rest.dto;

import io.transitplanner.review.NodeDayLoad;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The TEU departing one node on one UTC day, beside the day's throughput.")
public record NodeDayDto(
        @Schema(example = "BXU") String node,
        @Schema(example = "2012-08-24") LocalDate day,
        long teuUsed,
        @Schema(nullable = true, description = "floor(throughputTeuPerDay x f); null for a node without a limit")
                Long teuLimit,
        @Schema(description = "f, the lowest factor of the node's disruptions that day (1 when none)")
                BigDecimal capacityFactor) {

    public static NodeDayDto from(NodeDayLoad d) {
        return new NodeDayDto(d.node(), d.day(), d.teuHandled(), d.teuLimit(), d.capacityFactor());
    }
}
