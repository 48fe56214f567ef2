package io.transitplanner.rest.dto;

import io.transitplanner.review.AssignmentStatus;
import io.transitplanner.review.Binding;
import io.transitplanner.review.RouteVerdict;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a shipment of a plan is where it is, in a planner's words.")
public record ExplanationResponse(
        @Schema(description = "Server id (as in the plan's assignments)") long shipmentId,
        @Schema(description = "Its id in the plan's scenario") String shipment,
        String nation,
        AssignmentStatus status,
        @Schema(description = "The legs the plan gives it") List<LegDto> legs,
        @Schema(nullable = true) Instant eta,
        Instant dueAt,
        @Schema(description = "One sentence") String summary,
        @Schema(description = "The binding rules, places and times; for an on-time shipment one confirmation")
                List<Reason> reasons,
        @Schema(
                        description = "Unplanned: every possible route; late: those that could arrive earlier. Sorted"
                                + " by earliest possible arrival, at most 100")
                List<Route> routes,
        @Schema(description = "How many possible routes there are in all") int routesFound) {

    @Schema(description = "One reason, naming the rule, the place and the time.")
    public record Reason(@Schema(description = "The rule or limit it names") Binding kind, String text) {}

    @Schema(description = "One possible route and what became of it.")
    public record Route(
            List<String> lanes,
            @Schema(example = "OB1 > BXU > TRZ > RIX > HGB") String path,
            RouteVerdict verdict,
            @Schema(nullable = true, description = "Its reasons in one line") String reason,
            List<Reason> reasons,
            @Schema(nullable = true, description = "Earliest arrival its timetables allow, ignoring rules and loads")
                    Instant earliestEta,
            @Schema(description = "For a FEASIBLE route, its earliest open timing") List<LegDto> legs,
            @Schema(nullable = true) Instant eta) {}
}
