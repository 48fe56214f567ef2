package io.transitplanner.rest.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional settings of a replan; a field left out takes the configured value.")
public record ReplanRequest(
        @Schema(
                        description = "The replan's now (else transit-planner.planning.now, else the clock); legs"
                                + " departing before now + freezeWindow are kept",
                        example = "2012-08-24T00:00:00Z",
                        nullable = true)
                Instant now,
        @Schema(description = "Freeze window: 48h, PT48H", example = "48h", nullable = true) String freezeWindow,
        @Schema(description = "Stop after this long: 30s, 5m, PT30S", example = "30s", nullable = true)
                String timeLimit,
        @Schema(description = "Random seed of the search", nullable = true) Long seed,
        @Schema(description = "Publish the new plan when it ends READY", defaultValue = "false", nullable = true)
                Boolean publish) {}
