package io.transitplanner.rest;

import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Quota;
import io.transitplanner.rest.dto.QuotaRequest;
import io.transitplanner.rest.dto.QuotaResponse;
import io.transitplanner.rest.error.ProblemDetail;
import io.transitplanner.rest.error.Problems;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Operation(summary = "List the quotas")
    public List<QuotaResponse> list() {
        return network.quotas().stream().map(QuotaResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a quota")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such quota",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public QuotaResponse get(@PathParam("id") long id) {
        return QuotaResponse.from(network.quota(id));
    }

    @POST
    @Operation(summary = "Add a quota")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
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
    @Operation(summary = "Change a quota", description = "The version must be the current one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuotaResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such quota",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public QuotaResponse update(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid QuotaRequest body) {
        return QuotaResponse.from(network.updateQuota(id, body.toQuota(), Updates.version(body.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a quota (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such quota",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public void delete(@PathParam("id") long id) {
        network.deleteQuota(id);
    }
}
