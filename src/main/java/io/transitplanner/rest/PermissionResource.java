package io.transitplanner.rest;

import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Permission;
import io.transitplanner.rest.dto.PermissionRequest;
import io.transitplanner.rest.dto.PermissionResponse;
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
    @Operation(operationId = "listPermissions", summary = "List the permissions")
    @APIResponse(responseCode = "200", description = "Every permission")
    public List<PermissionResponse> list() {
        return network.permissions().stream().map(PermissionResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPermission", summary = "Read a permission")
    @APIResponse(
            responseCode = "200",
            description = "The permission",
            content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
    public PermissionResponse get(@PathParam("id") long id) {
        return PermissionResponse.from(network.permission(id));
    }

    @POST
    @Operation(operationId = "createPermission", summary = "Add a permission")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PermissionRequest.class),
                            examples = @ExampleObject(name = "permission", value = ApiExamples.PERMISSION)))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
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
    @Operation(
            operationId = "updatePermission",
            summary = "Change a permission",
            description = "The version must be the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The permission as changed",
            content = @Content(schema = @Schema(implementation = PermissionResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public PermissionResponse update(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid PermissionRequest body) {
        return PermissionResponse.from(
                network.updatePermission(id, body.toPermission(), Updates.version(body.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deletePermission", summary = "Delete a permission (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        network.deletePermission(id);
    }
}
