package io.transitplanner.rest.dto;

import io.transitplanner.domain.AuditEvent;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who changed what and when.")
public record AuditEventResponse(
        Instant at,
        String subject,
        @Schema(description = "Roles of the caller, comma separated") String roles,
        @Schema(example = "CREATE") String action,
        @Schema(example = "shipment") String entity,
        @Schema(nullable = true) String entityId,
        @Schema(nullable = true) String detail) {

    public static AuditEventResponse from(AuditEvent e) {
        return new AuditEventResponse(e.at(), e.subject(), e.roles(), e.action(), e.entity(), e.entityId(), e.detail());
    }
}
