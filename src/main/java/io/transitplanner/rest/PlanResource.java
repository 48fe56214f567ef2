package io.transitplanner.rest;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.rest.dto.AssignmentDto;
import io.transitplanner.rest.dto.AssignmentPageResponse;
import io.transitplanner.rest.dto.PlanPageResponse;
import io.transitplanner.rest.dto.PlanProgressResponse;
import io.transitplanner.rest.dto.PlanResponse;
import io.transitplanner.rest.dto.ReplanRequest;
import io.transitplanner.rest.dto.ScoreAnalysisResponse;
import io.transitplanner.rest.dto.SolveRequest;
import io.transitplanner.service.CallerContext;
import io.transitplanner.service.PlanRequest;
import io.transitplanner.service.PlanningService;
import io.transitplanner.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plans")
@Tag(
        name = "Plans",
        description = "Solve jobs and plan versions: planners solve, replan, analyze and publish; officers read their"
                + " nation's part of the published plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class PlanResource {
    private final PlanningService planning;
    private final CallerContext callers;
    private final TransitPlannerConfig config;

    PlanResource(PlanningService planning, CallerContext callers, TransitPlannerConfig config) {
        this.planning = planning;
        this.callers = callers;
        this.config = config;
    }

    /** The plan's location, absolute, for a Location header (a disruption's answer names it too). */
    static URI location(UriInfo uri, long id) {
        return uri.getBaseUriBuilder().path("api/plans").path(Long.toString(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startSolve",
            summary = "Start a solve of the live scenario (planners)",
            description = "Reads the stored shipments, network, rules and disruptions in one transaction and solves"
                    + " them in the background; the new plan version improves while it runs (GET it, or its progress)"
                    + " and ends READY (or FAILED with a reason). The body is optional.")
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field of the body is not valid")
    @APIResponse(responseCode = "404", description = "No scenario has been imported")
    public Response startSolve(SolveRequest body, @Context UriInfo uri) {
        SolveRequest b = body == null ? new SolveRequest(null, null) : body;
        PlanVersion plan = planning.start(
                new PlanRequest(Durations.parse("timeLimit", b.timeLimit(), false), b.seed(), null, null, false));
        return accepted(plan, uri);
    }

    @POST
    @Path("/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replan",
            summary = "Replan from the published plan (planners)",
            description = "Keeps every leg of the published plan that has departed or departs before now + freeze"
                    + " window (as pinned legs), starts from the rest of it, plans what is new or changed, and saves"
                    + " a new version (kind REPLAN, parent the published plan). Only one replan runs at a time."
                    + " The body is optional.")
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the new plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A field of the body is not valid")
    @APIResponse(
            responseCode = "409",
            description = "Another replan is running, no plan is published, or now is after the horizon")
    public Response replan(ReplanRequest body, @Context UriInfo uri) {
        ReplanRequest b = body == null ? new ReplanRequest(null, null, null, null, null) : body;
        PlanVersion plan = planning.replan(new PlanRequest(
                Durations.parse("timeLimit", b.timeLimit(), false),
                b.seed(),
                b.now(),
                Durations.parse("freezeWindow", b.freezeWindow(), true),
                Boolean.TRUE.equals(b.publish())));
        return accepted(plan, uri);
    }

    private Response accepted(PlanVersion plan, UriInfo uri) {
        return Response.accepted(PlanResponse.from(plan, true))
                .location(location(uri, plan.id()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "listPlans",
            summary = "List plan versions, newest first",
            description = "Officers see the published plan only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid")
    public PlanPageResponse listPlans(
            @Parameter(schema = @Schema(implementation = PlanStatus.class)) @QueryParam("status") String status,
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
        PlanStatus wanted = q.enumValue("status", status, PlanStatus.class);
        int pageNumber = q.pageNumber(page);
        int pageSize = q.pageSize(size, config.shipments());
        q.check();
        ResultPage<PlanVersion> found = planning.list(wanted, pageNumber, pageSize);
        boolean privileged = callers.current().isPrivileged();
        return new PlanPageResponse(
                found.items().stream()
                        .map(p -> PlanResponse.from(p, privileged))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "getPlan",
            summary = "Read a plan version: status, version, score so far, KPIs, settings, timestamps",
            description = "Officers may read the published plan only (without KPIs and settings).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan, or (officers) not the published one")
    public PlanResponse getPlan(@PathParam("id") long id) {
        return PlanResponse.from(planning.get(id), callers.current().isPrivileged());
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "getPlanProgress", summary = "The best score of the plan's solve over time")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = PlanProgressResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanProgressResponse getPlanProgress(@PathParam("id") long id) {
        return new PlanProgressResponse(
                id,
                planning.progress(id).stream()
                        .map(PlanProgressResponse.Point::from)
                        .toList());
    }

    @POST
    @Path("/{id}/stop")
    @Operation(
            operationId = "stopSolve",
            summary = "End a running solve early (planners)",
            description = "The plan ends READY with the best solution found so far; the answer is the plan then.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is not solving (in this service)")
    public PlanResponse stopSolve(@PathParam("id") long id) {
        return PlanResponse.from(planning.stop(id), true);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            operationId = "publishPlan",
            summary = "Publish a READY plan (planners)",
            description = "In one transaction: the plan becomes PUBLISHED and the previous published one SUPERSEDED;"
                    + " shipments it gives legs become PLANNED and show those legs and their ETA; shipments it leaves"
                    + " unplanned go back to SUBMITTED; replan flags of changes the plan accounts for are cleared.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan is not READY")
    public PlanResponse publishPlan(@PathParam("id") long id) {
        return PlanResponse.from(planning.publish(id), true);
    }

    @GET
    @Path("/{id}/assignments")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "listAssignments",
            summary = "A plan's assignments: legs, ETA, lateness and cost per shipment, in scenario order",
            description = "Officers see their nation's assignments of the published plan only.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = AssignmentPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid")
    @APIResponse(responseCode = "404", description = "No such plan, or (officers) not the published one")
    public AssignmentPageResponse listAssignments(
            @PathParam("id") long id,
            @Parameter(description = "Only this nation's shipments") @QueryParam("nation") String nation,
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
        var found = planning.assignments(id, q.text(nation), pageNumber, pageSize);
        return new AssignmentPageResponse(
                found.items().stream().map(AssignmentDto::from).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}/analysis")
    @Operation(
            operationId = "analyzeScore",
            summary = "The plan's score by constraint, with match counts and the heaviest matches described")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ScoreAnalysisResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has no solution yet")
    public ScoreAnalysisResponse analyzeScore(@PathParam("id") long id) {
        return ScoreAnalysisResponse.from(planning.analyze(id));
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "getPlanDocument",
            summary = "The plan in the exchange format of the planning contract",
            description = "With planId, version, status and (planners) kpis beside the score. Officers get their"
                    + " nation's assignments of the published plan only.")
    @APIResponse(
            responseCode = "200",
            description = "A plan document (see plan.schema.json)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such plan, or (officers) not the published one")
    public String getPlanDocument(@PathParam("id") long id) {
        return planning.planDocument(id);
    }

    @GET
    @Path("/{id}/scenario")
    @Operation(
            operationId = "getPlanScenario",
            summary = "The scenario the plan was solved on, in the exchange format",
            description = "A replan's frozen legs appear as pinned legs, so that the plan can be checked against it"
                    + " exactly (for instance with the verify command).")
    @APIResponse(
            responseCode = "200",
            description = "A scenario document (see scenario.schema.json)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public String getPlanScenario(@PathParam("id") long id) {
        return planning.scenarioDocument(id);
    }
}
