package io.transitplanner.rest.dto;

import io.transitplanner.review.AssignmentStatus;
import io.transitplanner.review.ChangeKind;
import io.transitplanner.review.ScoreChange;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What changed from one plan (against, before) to another (the plan, after), each scored on the"
                + " scenario it was solved on: the shipments whose legs differ, how many kept theirs, each score"
                + " level.")
public record PlanDiffResponse(
        @Schema(description = "The plan after") long planId,
        @Schema(description = "The plan before") long againstId,
        List<Moved> moved,
        @Schema(description = "Shipments that kept exactly the same legs") int unchanged,
        Score score) {

    @Schema(description = "One shipment whose legs differ; one missing from a plan's scenario is unplanned there.")
    public record Moved(
            @Schema(nullable = true, description = "Server id (as in the plans' assignments)") Long shipmentId,
            @Schema(description = "Its id in the plans' scenarios") String shipment,
            ChangeKind change,
            Side before,
            Side after) {}

    @Schema(description = "A shipment's assignment in one of the two plans.")
    public record Side(List<LegDto> legs, @Schema(nullable = true) Instant eta, AssignmentStatus status) {}

    @Schema(description = "Each level of the score before and after; delta = after - before, positive is better.")
    public record Score(Level hard, Level medium, Level soft) {}

    public record Level(long before, long after, long delta) {
        public static Level from(ScoreChange c) {
            return new Level(c.before(), c.after(), c.delta());
        }
    }
}
