package io.transitplanner.rest;

import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Quota;
import io.transitplanner.rest.dto.QuotaRequest;
import io.transitplanner.rest.dto.QuotaResponse;
import io.transitplanner.service.NetworkService;
import io.transitplanner.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quotas")
@Tag(name = "Rules", description = "Permissions, quotas and disruptions: planners keep them current, admins delete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class QuotaResource {
    private final NetworkService network;

    QuotaResource(NetworkService network) {
        this.network = network;
    }

    @GET
    @Operation(operationId = "listQuotas", summary = "List the quotas")
    @APIResponse(responseCode = "200", description = "Every quota")
    public List<QuotaResponse> list() {
        return network.quotas().stream().map(QuotaResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuota", summary = "Read a quota")
    @APIResponse(
            responseCode = "200",
            description = "The quota",
            content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    public QuotaResponse get(@PathParam("id") long id) {
        return QuotaResponse.from(network.quota(id));
    }

    @POST
    @Operation(operationId = "createQuota", summary = "Add a quota")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QuotaRequest.class),
                            examples = @ExampleObject(name = "quota", value = ApiExamples.QUOTA)))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid QuotaRequest body, @Context UriInfo uri) {
        Identified<Quota> created = network.createQuota(body.toQuota());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(QuotaResponse.from(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateQuota",
            summary = "Change a quota",
            description = "The version must be the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The quota as changed",
            content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public QuotaResponse update(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid QuotaRequest body) {
        return QuotaResponse.from(network.updateQuota(id, body.toQuota(), Updates.version(body.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteQuota", summary = "Delete a quota (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        network.deleteQuota(id);
    }
}
