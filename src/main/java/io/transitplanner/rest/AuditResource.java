package io.transitplanner.rest;

import io.transitplanner.rest.dto.AuditPageResponse;
import io.transitplanner.service.AuditLog;
import io.transitplanner.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit-events")
@Tag(name = "Audit", description = "Who changed what and when")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {
    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail, newest first (admins)")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    public AuditPageResponse list(
            @Parameter(description = "shipment, node, lane, permission, quota, disruption, scenario or plan")
                    @QueryParam("entity")
                    String entity,
            @Parameter(description = "The key of the record") @QueryParam("entityId") String entityId,
            @Parameter(
                            description = "From 0",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "1 to 500",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            defaultValue = "50",
                                            minimum = "1",
                                            maximum = "500"))
                    @QueryParam("size")
                    String size) {
        QueryParams q = new QueryParams();
        int pageNumber = q.pageNumber(page);
        int pageSize = q.integer("size", size, 50, 1, 500);
        q.check();
        return AuditPageResponse.from(audit.list(q.text(entity), q.text(entityId), pageNumber, pageSize));
    }
}
