package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlanSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a planner looks at beside the score.")
public record KpisDto(
        int shipments,
        @Schema(description = "Shipments whose legs reach their destination") int delivered,
        int unplanned,
        @Schema(description = "Delivered by their due date") int onTime,
        double onTimeShare,
        long costUsd,
        @Schema(nullable = true) String busiestNode,
        long busiestNodeTeu,
        @Schema(description = "Highest share of a day's throughput used at any node with a limit") double busiestDayUse,
        @Schema(nullable = true, example = "ULY 2012-08-14") String busiestDayNode) {

    public static KpisDto from(PlanSummary s) {
        return s == null
                ? null
                : new KpisDto(
                        s.shipments(),
                        s.delivered(),
                        s.unplanned(),
                        s.onTime(),
                        Math.round(s.onTimeShare() * 10_000) / 10_000.0,
                        s.costUsd(),
                        s.busiestNode(),
                        s.busiestNodeTeu(),
                        s.busiestDayUse(),
                        s.busiestDayNode());
    }
}
