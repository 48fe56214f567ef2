package io.transitplanner.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional settings of one solve; a field left out takes the configured value.")
public record SolveRequest(
        @Schema(description = "Stop after this long: 30s, 5m, PT30S", example = "30s", nullable = true)
                String timeLimit,
        @Schema(description = "Random seed of the search (a solve can be repeated exactly)", nullable = true)
                Long seed) {}
