package io.transitplanner.rest;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.WhatIf;
import io.transitplanner.rest.dto.PlanResponse;
import io.transitplanner.rest.dto.QuotaRequest;
import io.transitplanner.rest.dto.ShipmentRequest;
import io.transitplanner.rest.dto.SolveRequest;
import io.transitplanner.rest.dto.WhatIfChangesDto;
import io.transitplanner.rest.dto.WhatIfPageResponse;
import io.transitplanner.rest.dto.WhatIfRequest;
import io.transitplanner.rest.dto.WhatIfResponse;
import io.transitplanner.service.PlanRequest;
import io.transitplanner.service.Roles;
import io.transitplanner.service.WhatIfDraft;
import io.transitplanner.service.WhatIfService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What-ifs: copies of the live scenario with changes, solved beside it and compared with the published plan. */
@Path("/api/what-ifs")
@Tag(
        name = "What-ifs",
        description = "A planner copies the live network, rules and shipments into a named what-if, changes it"
                + " (closures, lanes cut, quotas, shipments), solves it and compares its plan with the published one;"
                + " live data is never changed and a what-if plan is never published")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
@APIResponse(responseCode = "404", description = "No such what-if (or no scenario imported)")
public class WhatIfResource {
    private final WhatIfService whatIfs;
    private final TransitPlannerConfig config;

    WhatIfResource(WhatIfService whatIfs, TransitPlannerConfig config) {
        this.whatIfs = whatIfs;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWhatIf",
            summary = "Copy the live scenario into a named what-if and apply the changes",
            description = "Reads the live network, rules, disruptions and shipments in one transaction, applies the"
                    + " changes to the copy and stores it; live data is untouched.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = WhatIfResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is not valid (a date, a window, a closure naming both or neither of node and lane)")
    @APIResponse(
            responseCode = "409",
            description = "The name is taken, a shipment's reference is used, or a lane cut carries pinned legs")
    @APIResponse(responseCode = "422", description = "A change names an unknown node, lane or country")
    public Response createWhatIf(
            @NotNull(message = "a JSON body is required") @Valid WhatIfRequest body, @Context UriInfo uri) {
        WhatIfChangesDto c = body.changes() == null ? new WhatIfChangesDto(null, null, null, null) : body.changes();
        WhatIf created = whatIfs.create(new WhatIfDraft(
                body.name().trim(),
                body.description(),
                c.disruptions(),
                c.cutLanes(),
                c.quotas() == null
                        ? List.of()
                        : c.quotas().stream().map(QuotaRequest::toQuota).toList(),
                c.shipments() == null
                        ? List.of()
                        : c.shipments().stream().map(ShipmentRequest::toDraft).toList()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/what-ifs")
                        .path(Long.toString(created.id()))
                        .build())
                .entity(WhatIfResponse.from(created))
                .build();
    }

    @GET
    @Operation(operationId = "listWhatIfs", summary = "List what-ifs, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid")
    public WhatIfPageResponse listWhatIfs(
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
        int pageSize = q.pageSize(size, config.shipments());
        q.check();
        ResultPage<WhatIf> found = whatIfs.list(pageNumber, pageSize);
        return new WhatIfPageResponse(
                found.items().stream().map(WhatIfResponse::from).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWhatIf", summary = "Read a what-if: its changes, its scenario's size, its latest plan")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfResponse.class)))
    public WhatIfResponse getWhatIf(@PathParam("id") long id) {
        return WhatIfResponse.from(whatIfs.get(id));
    }

    @GET
    @Path("/{id}/scenario")
    @Operation(operationId = "getWhatIfScenario", summary = "The what-if's changed scenario, in the exchange format")
    @APIResponse(
            responseCode = "200",
            description = "A scenario document (see scenario.schema.json)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public String getWhatIfScenario(@PathParam("id") long id) {
        return whatIfs.scenarioDocument(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWhatIf",
            summary = "Delete a what-if and its plans",
            description = "Its plans mean nothing without it and go with it. Refused while one of them is solving.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "One of its plans is solving")
    public Response deleteWhatIf(@PathParam("id") long id) {
        whatIfs.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/solve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "solveWhatIf",
            summary = "Solve the what-if's scenario",
            description = "Starts an ordinary solve job on the what-if's scenario; the plan (kind WHAT_IF) is followed"
                    + " like any plan (/api/plans/{id}, its progress, review and diff) and can never be published."
                    + " Compare it with the published plan: GET /api/plans/{planId}/diff. The body is optional.")
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field of the body is not valid")
    public Response solveWhatIf(@PathParam("id") long id, SolveRequest body, @Context UriInfo uri) {
        SolveRequest b = body == null ? new SolveRequest(null, null) : body;
        PlanVersion plan = whatIfs.solve(
                id, new PlanRequest(Durations.parse("timeLimit", b.timeLimit(), false), b.seed(), null, null, false));
        return Response.accepted(PlanResponse.from(plan, true))
                .location(PlanResource.location(uri, plan.id()))
                .build();
    }
}
