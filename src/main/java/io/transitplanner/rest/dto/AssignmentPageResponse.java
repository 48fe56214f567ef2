package io.transitplanner.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a plan's assignments, in the order of its scenario.")
public record AssignmentPageResponse(
        List<AssignmentDto> items, @Schema(description = "Page number, from 0") int page, int size, long total) {}
