package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlannedAssignment;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a plan gives one shipment: its legs (none when unplanned), ETA, lateness and cost.")
public record AssignmentDto(
        @Schema(description = "Server id of the shipment (/api/shipments/{id})") long shipmentId,
        @Schema(description = "Its id in the plan's scenario: the nation's reference") String shipment,
        String nation,
        List<LegDto> legs,
        @Schema(description = "The legs reach the destination") boolean delivered,
        @Schema(nullable = true) Instant eta,
        @Schema(description = "Hours late; an unplanned shipment counts as arriving a week after the horizon")
                long lateHours,
        @Schema(description = "Priority weight x TEU x hours late (its part of the medium score)")
                long weightedLateness,
        @Schema(description = "TEU x cost per TEU over every leg, US dollars") long costUsd) {

    public static AssignmentDto from(PlannedAssignment a) {
        return new AssignmentDto(
                a.shipmentId(),
                a.shipment(),
                a.nation(),
                a.legs().stream().map(LegDto::from).toList(),
                a.delivered(),
                a.eta(),
                a.lateHours(),
                a.weightedLateness(),
                a.costUsd());
    }
}
