package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlanScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A score (hard, medium, soft), compared lexicographically, higher being better.")
public record ScoreDto(
        @Schema(description = "0 for a valid plan") long hard,
        @Schema(description = "Minus the priority-weighted lateness in TEU-hours") long medium,
        @Schema(description = "Minus the transport cost in US dollars") long soft) {

    public static ScoreDto from(PlanScore s) {
        return s == null ? null : new ScoreDto(s.hard(), s.medium(), s.soft());
    }
}
