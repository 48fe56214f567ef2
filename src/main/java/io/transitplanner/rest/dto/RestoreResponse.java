package io.transitplanner.rest.dto;

import io.transitplanner.service.RestoreSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a restore brought back from the archive of one import.")
public record RestoreResponse(
        @Schema(description = "The import whose archive was restored") long importEventId,
        @Schema(description = "Shipments back, with their ids, data and pinned legs") int shipments,
        @Schema(description = "Plan legs back (those of plans that still exist)") int planLegs,
        @Schema(description = "Audit event of the restore") long eventId) {

    public static RestoreResponse from(RestoreSummary s) {
        return new RestoreResponse(s.importEventId(), s.shipments(), s.planLegs(), s.eventId());
    }
}
