package io.transitplanner.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a request is wrong, and why.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(
        @Schema(
                        example = "dueAt",
                        description = "A field path: dueAt, schedule.daily[1], $[3].teu (row 3 of a JSON "
                                + "array), $.lanes[2].from (a scenario document)")
                String field,
        @Schema(example = "must not be null") String reason,
        @Schema(description = "Line of a CSV upload (the header is line 1)", nullable = true) Integer line) {}
