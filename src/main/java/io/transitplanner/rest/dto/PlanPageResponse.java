package io.transitplanner.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of plan versions, newest first.")
public record PlanPageResponse(
        List<PlanResponse> items,
        @Schema(description = "Page number, from 0") int page,
        int size,
        @Schema(description = "How many plans match in all") long total) {}
