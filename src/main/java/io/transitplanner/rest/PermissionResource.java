package io.transitplanner.rest;

import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Permission;
import io.transitplanner.rest.dto.PermissionRequest;
import io.transitplanner.rest.dto.PermissionResponse;
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

@Path("/api/permissions")
@Tag(name = "Rules", description = "Permissions, quotas and disruptions: planners keep them current, admins delete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class PermissionResource {
    private final NetworkService network;

    PermissionResource(NetworkService network) {
        this.network = network;
    }

    @GET
    @Operation(summary = "List the permissions")
    public List<PermissionResponse> list() {
        return network.permissions().stream().map(PermissionResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a permission")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such permission",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public PermissionResponse get(@PathParam("id") long id) {
        return PermissionResponse.from(network.permission(id));
    }

    @POST
    @Operation(summary = "Add a permission")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid PermissionRequest body, @Context UriInfo uri) {
        Identified<Permission> created = network.createPermission(body.toPermission());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(PermissionResponse.from(created))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a permission", description = "The version must be the current one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such permission",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public PermissionResponse update(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid PermissionRequest body) {
        return PermissionResponse.from(
                network.updatePermission(id, body.toPermission(), Updates.version(body.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a permission (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such permission",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public void delete(@PathParam("id") long id) {
        network.deletePermission(id);
    }
}
