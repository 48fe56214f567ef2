package io.transitplanner.rest;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.rest.dto.DisruptionRequest;
import io.transitplanner.rest.dto.DisruptionResponse;
import io.transitplanner.service.ConflictException;
import io.transitplanner.service.NetworkService;
import io.transitplanner.service.PlanRequest;
import io.transitplanner.service.PlanningService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/disruptions")
@Tag(name = "Rules", description = "Permissions, quotas and disruptions: planners keep them current, admins delete")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class DisruptionResource {
    private final NetworkService network;
    private final PlanningService planning;

    DisruptionResource(NetworkService network, PlanningService planning) {
        this.network = network;
        this.planning = planning;
    }

    @GET
    @Operation(operationId = "listDisruptions", summary = "List the disruptions")
    @APIResponse(responseCode = "200", description = "Every disruption")
    public List<DisruptionResponse> list() {
        return network.disruptions().stream().map(DisruptionResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDisruption", summary = "Read a disruption")
    @APIResponse(
            responseCode = "200",
            description = "The disruption",
            content = @Content(schema = @Schema(implementation = DisruptionResponse.class)))
    public DisruptionResponse get(@PathParam("id") long id) {
        return DisruptionResponse.from(network.disruption(id));
    }

    @POST
    @Operation(operationId = "createDisruption", summary = "Add a disruption")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DisruptionRequest.class),
                            examples = @ExampleObject(name = "disruption", value = ApiExamples.DISRUPTION)))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = DisruptionResponse.class)))
    @APIResponse(responseCode = "422", description = "The node or lane does not exist")
    @APIResponse(
            responseCode = "409",
            description = "With replan=true: the disruption is stored, but the replan could not start (another replan"
                    + " runs, or no plan is published)")
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid DisruptionRequest body,
            @Parameter(
                            description = "Start a replan from the published plan once the disruption is stored; the"
                                    + " answer's Link header (rel=\"plan\") and Plan-Location header name the new plan",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("replan")
                    String replan,
            @Context UriInfo uri) {
        QueryParams q = new QueryParams();
        boolean startReplan = q.bool("replan", replan);
        q.check();
        Identified<Disruption> created = network.createDisruption(body.toDisruption());
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(DisruptionResponse.from(created));
        if (startReplan) {
            PlanVersion plan;
            try {
                plan = planning.replan(PlanRequest.defaults());
            } catch (ConflictException e) {
                throw new ConflictException(
                        "disruption " + created.id() + " is stored, but the replan did not start: " + e.getMessage(),
                        e.problems());
            }
            URI location = PlanResource.location(uri, plan.id());
            answer.header("Plan-Location", location).header("Link", "<" + location + ">; rel=\"plan\"");
        }
        return answer.build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateDisruption",
            summary = "Change a disruption",
            description = "The version must be the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The disruption as changed",
            content = @Content(schema = @Schema(implementation = DisruptionResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "422", description = "The node or lane does not exist")
    public DisruptionResponse update(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid DisruptionRequest body) {
        return DisruptionResponse.from(
                network.updateDisruption(id, body.toDisruption(), Updates.version(body.version())));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteDisruption", summary = "Delete a disruption (admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        network.deleteDisruption(id);
    }
}
