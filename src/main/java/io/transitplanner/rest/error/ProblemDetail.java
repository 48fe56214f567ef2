package io.transitplanner.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 7807 problem, with the fields of the request it concerns. */
@Schema(name = "Problem", description = "RFC 7807 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        @Schema(example = "https://transit-planner.dev/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "the shipment is not valid") String detail,
        @Schema(example = "/api/shipments") String instance,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<ProblemError> errors,
        @Schema(
                        description = "For a duplicate reference: the path of the shipment stored before",
                        nullable = true,
                        example = "/api/shipments/17")
                String existing) {}
