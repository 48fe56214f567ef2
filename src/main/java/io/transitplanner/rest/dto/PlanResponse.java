package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanVersion;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A plan version: its status, score so far, KPIs and the facts of its solve.")
public record PlanResponse(
        @Schema(description = "Server id, used in URLs") long id,
        @Schema(description = "Version number, assigned at creation, only growing") long version,
        String scenario,
        PlanStatus status,
        PlanKind kind,
        @Schema(nullable = true, description = "The best score so far; null before the first solution") ScoreDto score,
        @Schema(nullable = true, description = "Null before the first solution, and for officers") KpisDto kpis,
        @Schema(description = "The solver settings used (time limit, seed, candidate search)")
                Map<String, Object> settings,
        @Schema(nullable = true, description = "A replan's base: the plan published when it started") Long parentId,
        @Schema(nullable = true, description = "A replan's now") Instant now,
        @Schema(nullable = true, description = "A replan's freeze window, ISO-8601", example = "PT48H")
                String freezeWindow,
        @Schema(description = "Shipments in its scenario") int shipments,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "When the scenario it solves was read") Instant snapshotAt,
        @Schema(nullable = true) Instant solveStartedAt,
        @Schema(nullable = true) Instant solveEndedAt,
        @Schema(nullable = true) Instant publishedAt,
        @Schema(nullable = true, description = "Why a FAILED plan failed") String failureReason) {

    public static PlanResponse from(PlanVersion p, boolean privileged) {
        return new PlanResponse(
                p.id(),
                p.version(),
                p.scenario(),
                p.status(),
                p.kind(),
                ScoreDto.from(p.score()),
                privileged ? KpisDto.from(p.kpis()) : null,
                privileged ? p.settings() : Map.of(),
                p.parentId(),
                p.replanNow(),
                p.freezeWindow() == null ? null : p.freezeWindow().toString(),
                p.shipments(),
                p.createdBy(),
                p.createdAt(),
                p.updatedAt(),
                p.snapshotAt(),
                p.solveStartedAt(),
                p.solveEndedAt(),
                p.publishedAt(),
                p.failureReason());
    }
}
