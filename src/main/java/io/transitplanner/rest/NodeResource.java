package io.transitplanner.rest;

import io.transitplanner.domain.Node;
import io.transitplanner.domain.Versioned;
import io.transitplanner.rest.dto.NodeRequest;
import io.transitplanner.rest.dto.NodeResponse;
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
            operationId = "listNodes",
            summary = "List the nodes",
            description = "Everyone may read the network, to name origins and destinations.")
    @APIResponse(responseCode = "200", description = "Every node")
    public List<NodeResponse> list() {
        return network.nodes().stream().map(NodeResponse::from).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "getNode", summary = "Read a node")
    @APIResponse(
            responseCode = "200",
            description = "The node",
            content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    public NodeResponse get(@PathParam("code") String code) {
        return NodeResponse.from(network.node(code));
    }

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "createNode", summary = "Add a node")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NodeRequest.class),
                            examples = @ExampleObject(name = "node", value = ApiExamples.NODE)))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
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
    @Operation(
            operationId = "updateNode",
            summary = "Change a node",
            description = "The code cannot change; the version must be the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The node as changed",
            content = @Content(schema = @Schema(implementation = NodeResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public NodeResponse update(
            @PathParam("code") String code, @NotNull(message = "a JSON body is required") @Valid NodeRequest body) {
        long version = Updates.versionAndSameCode(body.version(), body.code(), code);
        return NodeResponse.from(network.updateNode(body.toNode(code), version));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteNode", summary = "Delete a node no lane, disruption or shipment uses (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "In use: the problem lists the users")
    public void delete(@PathParam("code") String code) {
        network.deleteNode(code);
    }
}
