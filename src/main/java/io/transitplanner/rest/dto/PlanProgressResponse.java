package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlanProgress;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The best score of a solve over time, oldest first.")
public record PlanProgressResponse(long planId, List<Point> points) {

    @Schema(name = "PlanProgressPoint", description = "The best score at one moment of the solve.")
    public record Point(
            Instant at, @Schema(description = "Milliseconds since the solve started") long elapsedMs, ScoreDto score) {
        public static Point from(PlanProgress p) {
            return new Point(p.at(), p.elapsedMillis(), ScoreDto.from(p.score()));
        }
    }
}
