package io.transitplanner.rest;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.rest.dto.ExplanationResponse;
import io.transitplanner.rest.dto.GroupKpisDto;
import io.transitplanner.rest.dto.LegDto;
import io.transitplanner.rest.dto.ManifestDto;
import io.transitplanner.rest.dto.ManifestPageResponse;
import io.transitplanner.rest.dto.NodeDayDto;
import io.transitplanner.rest.dto.PlanDiffResponse;
import io.transitplanner.rest.dto.PlanKpisResponse;
import io.transitplanner.rest.dto.QuotaPeriodDto;
import io.transitplanner.rest.dto.ReplayResponse;
import io.transitplanner.rest.dto.ScoreDto;
import io.transitplanner.review.Explanation;
import io.transitplanner.review.Manifest;
import io.transitplanner.review.PlanDiff;
import io.transitplanner.review.Reason;
import io.transitplanner.review.RouteOption;
import io.transitplanner.review.ShipmentChange;
import io.transitplanner.service.PlanReviewService;
import io.transitplanner.service.PlanReviewService.DiffView;
import io.transitplanner.service.PlanReviewService.KpiView;
import io.transitplanner.service.PlanReviewService.Reviewed;
import io.transitplanner.service.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A planner's review of a plan: manifests, node days, quota periods, indicators, differences and explanations, the
 * figures of the independent verifier on the scenario the plan was solved on. Plans still solving are refused (409).
 */
@Path("/api/plans")
@Tag(
        name = "Plan review",
        description = "Manifests, node days, quota periods, indicators, differences between plans and explanations of"
                + " single shipments; officers read the indicators and explanations of their nation's shipments in"
                + " the published plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
@APIResponse(responseCode = "404", description = "No such plan, or (officers) not the published one")
@APIResponse(responseCode = "409", description = "The plan is DRAFT or SOLVING, or has no solution")
public class PlanReviewResource {
    private final PlanReviewService reviews;
    private final TransitPlannerConfig config;

    PlanReviewResource(PlanReviewService reviews, TransitPlannerConfig config) {
        this.reviews = reviews;
        this.config = config;
    }

    @GET
    @Path("/{id}/manifests")
    @Operation(
            operationId = "getManifests",
            summary = "Each lane departure the plan uses: its shipments, TEU and tonnes beside the capacity (planners)",
            description = "By departure then lane.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ManifestPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid")
    @APIResponse(responseCode = "422", description = "The plan's scenario has no such lane")
    public ManifestPageResponse getManifests(
            @PathParam("id") long id,
            @Parameter(description = "Only this lane's departures") @QueryParam("lane") String lane,
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
        Reviewed<ResultPage<Manifest>> found = reviews.manifests(id, q.text(lane), pageNumber, pageSize);
        ResultPage<Manifest> p = found.value();
        boolean more = (long) (p.page() + 1) * p.size() < p.total();
        return new ManifestPageResponse(
                p.items().stream()
                        .map(m -> ManifestDto.from(m, found.ids()::serverId))
                        .toList(),
                p.page(),
                p.size(),
                p.total(),
                more ? p.page() + 1 : null);
    }

    @GET
    @Path("/{id}/node-days")
    @Operation(
            operationId = "getNodeDays",
            summary = "The TEU departing each node each UTC day, beside its throughput (planners)",
            description = "By day then node; only node days from which something departs.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = NodeDayDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "The plan's scenario has no such node")
    public List<NodeDayDto> getNodeDays(
            @PathParam("id") long id,
            @Parameter(description = "Only this node's days") @QueryParam("node") String node) {
        return reviews.nodeDays(id, new QueryParams().text(node)).stream()
                .map(NodeDayDto::from)
                .toList();
    }

    @GET
    @Path("/{id}/quota-periods")
    @Operation(
            operationId = "getQuotaPeriods",
            summary = "How much of each quota each week or month uses (planners)",
            description = "By period start then quota; only periods with entries.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = QuotaPeriodDto.class, type = SchemaType.ARRAY)))
    public List<QuotaPeriodDto> getQuotaPeriods(@PathParam("id") long id) {
        return reviews.quotaPeriods(id).stream().map(QuotaPeriodDto::from).toList();
    }

    @GET
    @Path("/{id}/kpis")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "getKpis",
            summary = "Indicators over all shipments, by nation and by corridor, with the verifier's score",
            description = "Officers: of the published plan only, counted over their nation's shipments only (totals,"
                    + " their nation, its corridors), without the score.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanKpisResponse.class)))
    public PlanKpisResponse getKpis(@PathParam("id") long id) {
        KpiView k = reviews.kpis(id);
        return new PlanKpisResponse(
                id,
                GroupKpisDto.from(k.totals()),
                ScoreDto.from(k.score()),
                k.valid(),
                k.byNation().stream().map(GroupKpisDto::from).toList(),
                k.byCorridor().stream().map(GroupKpisDto::from).toList());
    }

    @GET
    @Path("/{id}/diff")
    @Operation(
            operationId = "diffPlans",
            summary = "What changed from another plan to this one (planners)",
            description = "Each plan is scored on its own scenario, so plans of different scenarios (a replan, a"
                    + " what-if) compare too. Without against: a replan is compared with its parent (the plan"
                    + " published when it started), any other plan with the published plan.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDiffResponse.class)))
    @APIResponse(responseCode = "400", description = "against is not a number, or is left out when there is no default")
    public PlanDiffResponse diffPlans(
            @PathParam("id") long id,
            @Parameter(description = "The plan to compare with (before)") @QueryParam("against") String against) {
        QueryParams q = new QueryParams();
        Long other = q.optionalLong("against", against);
        q.check();
        Reviewed<DiffView> found = reviews.diff(id, other);
        PlanDiff d = found.value().diff();
        return new PlanDiffResponse(
                id,
                found.value().against().id(),
                d.moved().stream().map(c -> moved(c, found.ids()::serverId)).toList(),
                d.unchanged(),
                new PlanDiffResponse.Score(
                        PlanDiffResponse.Level.from(d.hard()),
                        PlanDiffResponse.Level.from(d.medium()),
                        PlanDiffResponse.Level.from(d.soft())));
    }

    @GET
    @Path("/{id}/replay")
    @Operation(
            operationId = "replayPlan",
            summary = "Hold a plan of a drawdown scenario (canada-2011) against the published historical figures",
            description = "Air loads by aircraft type, containers by route, containers out before the road closure and"
                    + " stranded, and the side-by-side table with history. A scenario without container shipments is a"
                    + " 409.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReplayResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan is still solving, or its scenario has nothing to replay")
    public ReplayResponse replayPlan(@PathParam("id") long id) {
        return ReplayResponse.from(id, reviews.replay(id));
    }

    @GET
    @Path("/{id}/shipments/{shipmentId}/explanation")
    @RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "explainShipment",
            summary = "Why a shipment is where it is in the plan: on time, late (and why not earlier) or unplanned"
                    + " (every possible route and what removed it)",
            description = "shipmentId is the server id, as in the plan's assignments. Officers: their nation's"
                    + " shipments of the published plan only (any other is not found).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExplanationResponse.class)))
    public ExplanationResponse explainShipment(@PathParam("id") long id, @PathParam("shipmentId") long shipmentId) {
        Explanation e = reviews.explain(id, shipmentId).value();
        return new ExplanationResponse(
                shipmentId,
                e.shipmentId(),
                e.assignment().nation(),
                e.status(),
                legs(e.assignment().legs()),
                e.assignment().eta(),
                e.assignment().dueAt(),
                e.summary(),
                e.reasons().stream().map(PlanReviewResource::reason).toList(),
                e.routes().stream().map(PlanReviewResource::route).toList(),
                e.routesFound());
    }

    // ---------------------------------------------------------------- mapping

    private static PlanDiffResponse.Moved moved(ShipmentChange c, Function<String, Long> ids) {
        return new PlanDiffResponse.Moved(
                ids.apply(c.shipmentId()),
                c.shipmentId(),
                c.kind(),
                new PlanDiffResponse.Side(legs(c.beforeLegs()), c.beforeEta(), c.beforeStatus()),
                new PlanDiffResponse.Side(legs(c.afterLegs()), c.afterEta(), c.afterStatus()));
    }

    private static ExplanationResponse.Reason reason(Reason r) {
        return new ExplanationResponse.Reason(r.binding(), r.text());
    }

    private static ExplanationResponse.Route route(RouteOption r) {
        return new ExplanationResponse.Route(
                r.lanes(),
                r.path(),
                r.verdict(),
                r.reasons().isEmpty()
                        ? null
                        : r.reasons().stream().map(Reason::text).collect(Collectors.joining("; ")),
                r.reasons().stream().map(PlanReviewResource::reason).toList(),
                r.earliestEta(),
                legs(r.legs()),
                r.eta());
    }

    private static List<LegDto> legs(List<Leg> legs) {
        return legs.stream().map(LegDto::from).toList();
    }
}
