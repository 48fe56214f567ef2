package io.transitplanner.rest;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Versioned;
import io.transitplanner.rest.dto.LaneRequest;
import io.transitplanner.rest.dto.LaneResponse;
import io.transitplanner.service.InvalidInputException;
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

@Path("/api/lanes")
@Tag(name = "Network")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LaneResource {
    private final NetworkService network;

    LaneResource(NetworkService network) {
        this.network = network;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "listLanes", summary = "List the lanes")
    @APIResponse(responseCode = "200", description = "Every lane")
    public List<LaneResponse> list() {
        return network.lanes().stream().map(LaneResponse::from).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "getLane", summary = "Read a lane")
    @APIResponse(
            responseCode = "200",
            description = "The lane",
            content = @Content(schema = @Schema(implementation = LaneResponse.class)))
    public LaneResponse get(@PathParam("code") String code) {
        return LaneResponse.from(network.lane(code));
    }

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(operationId = "createLane", summary = "Add a lane between two existing nodes")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LaneRequest.class),
                            examples = @ExampleObject(name = "lane", value = ApiExamples.LANE)))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = LaneResponse.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "An end is not a node")
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid LaneRequest body, @Context UriInfo uri) {
        Versioned<Lane> created = network.createLane(toLane(body, Updates.requiredCode(body.code())));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().code())
                        .build())
                .entity(LaneResponse.from(created))
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "updateLane",
            summary = "Change a lane",
            description = "The code cannot change; the version must be the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The lane as changed",
            content = @Content(schema = @Schema(implementation = LaneResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "An end is not a node")
    public LaneResponse update(
            @PathParam("code") String code, @NotNull(message = "a JSON body is required") @Valid LaneRequest body) {
        long version = Updates.versionAndSameCode(body.version(), body.code(), code);
        return LaneResponse.from(network.updateLane(toLane(body, code), version));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteLane", summary = "Delete a lane no disruption or pinned leg uses (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "In use: the problem lists the users")
    public void delete(@PathParam("code") String code) {
        network.deleteLane(code);
    }

    private static Lane toLane(LaneRequest body, String code) {
        List<String> forms = body.schedule().forms();
        if (forms.size() != 1) {
            throw new InvalidInputException(
                    "schedule",
                    forms.isEmpty()
                            ? "must have one of daily, weekly or at"
                            : "must have exactly one of daily, weekly or at (has " + String.join(" and ", forms) + ")");
        }
        return body.toLane(code);
    }
}
