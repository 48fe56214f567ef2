package io.transitplanner.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A plan's indicators, as the independent verifier recomputes them: over all shipments, by nation"
                + " and by corridor. Officers get their nation's shipments only, without the score.")
public record PlanKpisResponse(
        long planId,
        @Schema(description = "Over all shipments the caller may see (key 'all', or the officer's nation)")
                GroupKpisDto totals,
        @Schema(nullable = true, description = "The verifier's score of the whole plan; null for officers")
                ScoreDto score,
        @Schema(nullable = true, description = "True when the plan breaks no rule; null for officers") Boolean valid,
        List<GroupKpisDto> byNation,
        List<GroupKpisDto> byCorridor) {}
