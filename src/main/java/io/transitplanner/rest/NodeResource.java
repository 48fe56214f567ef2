package io.transitplanner.rest;

import io.transitplanner.domain.Node;
import io.transitplanner.domain.Versioned;
import io.transitplanner.rest.dto.NodeRequest;
import io.transitplanner.rest.dto.NodeResponse;
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

@Path("/api/nodes")
@Tag(name = "Network", description = "Nodes and lanes: planners keep them current, admins delete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NodeResource {
    private final NetworkService network;

    NodeResource(NetworkService network) {
        this.network = network;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            summary = "List the nodes",
            description = "Everyone may read the network, to name origins and destinations.")
    public List<NodeResponse> list() {
        return network.nodes().stream().map(NodeResponse::from).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Read a node")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such node",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public NodeResponse get(@PathParam("code") String code) {
        return NodeResponse.from(network.node(code));
    }

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Add a node")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "The code is taken",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NodeRequest body, @Context UriInfo uri) {
        Versioned<Node> created = network.createNode(body.toNode(Updates.requiredCode(body.code())));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().code())
                        .build())
                .entity(NodeResponse.from(created))
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Change a node", description = "The code cannot change; the version must be the current one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such node",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public NodeResponse update(
            @PathParam("code") String code, @NotNull(message = "a JSON body is required") @Valid NodeRequest body) {
        long version = Updates.versionAndSameCode(body.version(), body.code(), code);
        return NodeResponse.from(network.updateNode(body.toNode(code), version));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a node no lane, disruption or shipment uses (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No such node",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "In use: the problem lists the users",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public void delete(@PathParam("code") String code) {
        network.deleteNode(code);
    }
}
