package io.transitplanner.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.PageRequest;
import io.transitplanner.domain.ShipmentFilter;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.rest.dto.BulkResponse;
import io.transitplanner.rest.dto.ShipmentAmendRequest;
import io.transitplanner.rest.dto.ShipmentDetailResponse;
import io.transitplanner.rest.dto.ShipmentPageResponse;
import io.transitplanner.rest.dto.ShipmentRequest;
import io.transitplanner.rest.dto.ShipmentResponse;
import io.transitplanner.rest.dto.StatusChangeRequest;
import io.transitplanner.rest.error.ProblemDetail;
import io.transitplanner.rest.error.Problems;
import io.transitplanner.service.Roles;
import io.transitplanner.service.ShipmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/shipments")
@Tag(
        name = "Shipments",
        description = "Officers submit and track their nation's shipments; planners see every nation's")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.PLANNER, Roles.ADMIN})
@APIResponse(
        responseCode = "401",
        description = "No valid bearer token",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(
        responseCode = "403",
        description = "The token's roles do not allow it, or an officer's token has no nation",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class ShipmentResource {
    static final String CSV = "text/csv";

    private final ShipmentService shipments;
    private final ShipmentRows rows;
    private final TransitPlannerConfig config;

    ShipmentResource(ShipmentService shipments, ObjectMapper mapper, Validator validator, TransitPlannerConfig config) {
        this.shipments = shipments;
        this.rows = new ShipmentRows(mapper, validator);
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit a shipment",
            description = "An officer submits for the nation of his token; planners and admins name the nation. "
                    + "Resubmitting a reference the nation already used is answered 409 with a link to that shipment.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or an invalid field",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "The nation already stored this reference: `existing` and the "
                    + "Location header name the shipment",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown origin or destination",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid ShipmentRequest body, @Context UriInfo uri) {
        TrackedShipment created = shipments.submit(body.toDraft());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(ShipmentResponse.from(created))
                .build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit many shipments as a JSON array (all or nothing)",
            description = "Up to 10,000 shipments. Nothing is stored unless every row is good; the answer names every "
                    + "bad row as $[i].field. 400 when a row is invalid, else 422 for unknown nodes, else 409 for "
                    + "references already used.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ShipmentRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Every row stored",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Some rows are invalid; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Some references are already used; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "413",
            description = "More than 10,000 rows",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "422",
            description = "Some rows name unknown nodes; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response createAllJson(String body) throws JsonProcessingException {
        return Response.status(201)
                .entity(BulkResponse.from(shipments.submitAll(rows.fromJson(body, shipments::checkBatchSize))))
                .build();
    }

    @POST
    @Path("/bulk")
    @Consumes(CSV)
    @Operation(
            summary = "Submit many shipments as CSV (all or nothing)",
            description = "Header: reference,origin,destination,cargoClass,teu,weightTons,availableAt,dueAt,priority "
                    + "(planners and admins add a nation column). Up to 10,000 rows; bad rows are named by line, the "
                    + "header being line 1.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = CSV,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            example =
                                                    "reference,origin,destination,cargoClass,teu,weightTons,availableAt,dueAt,priority\n"
                                                            + "GB-0001,OB1,HGB,GENERAL,2,18.5,2012-08-22T00:00:00Z,2012-09-15T00:00:00Z,3")))
    @APIResponse(
            responseCode = "201",
            description = "Every row stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Some rows are invalid; nothing stored",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "413",
            description = "More than 10,000 rows",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response createAllCsv(String body) {
        return Response.status(201)
                .entity(BulkResponse.from(shipments.submitAll(rows.fromCsv(body, shipments::checkBatchSize))))
                .build();
    }

    @GET
    @Operation(
            summary = "List shipments",
            description = "Officers see their nation's only. dueFrom is inclusive, dueTo exclusive. Oldest first. "
                    + "Recommended paging: follow the opaque cursor `next` of each page (also in the Link header, "
                    + "rel=next) as `after`; a page deep in the listing is then as fast as the first. `page` (offset "
                    + "paging) still works but grows slower with depth. The total is counted only with count=true.")
    @APIResponse(
            responseCode = "200",
            description = "A page; Link: <...>; rel=\"next\" when another page follows",
            content = @Content(schema = @Schema(implementation = ShipmentPageResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A query parameter is not valid",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response list(
            @Parameter(schema = @Schema(implementation = ShipmentStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Node code") @QueryParam("origin") String origin,
            @Parameter(description = "Node code") @QueryParam("destination") String destination,
            @Parameter(schema = @Schema(implementation = CargoClass.class)) @QueryParam("cargoClass") String cargoClass,
            @Parameter(description = "Only shipments due at or after this instant", example = "2012-09-01T00:00:00Z")
                    @QueryParam("dueFrom")
                    String dueFrom,
            @Parameter(description = "Only shipments due before this instant") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "Planners and admins: only this nation") @QueryParam("nation") String nation,
            @Parameter(description = "The `next` cursor of the previous page (recommended paging)") @QueryParam("after")
                    String after,
            @Parameter(description = "Offset paging from 0 (not with `after`)", schema = @Schema(defaultValue = "0"))
                    @QueryParam("page")
                    String page,
            @Parameter(description = "1 to 500", schema = @Schema(defaultValue = "50")) @QueryParam("size") String size,
            @Parameter(
                            description = "true: also count every matching shipment (`total`); costs a scan of them",
                            schema = @Schema(defaultValue = "false"))
                    @QueryParam("count")
                    String count,
            @Context UriInfo uri) {
        QueryParams q = new QueryParams();
        ShipmentFilter filter = new ShipmentFilter(
                q.text(nation),
                q.enumValue("status", status, ShipmentStatus.class),
                q.text(origin),
                q.text(destination),
                q.enumValue("cargoClass", cargoClass, CargoClass.class),
                q.instant("dueFrom", dueFrom),
                q.instant("dueTo", dueTo));
        Long afterId = q.cursor("after", after);
        boolean byPage = page != null && !page.isBlank();
        int pageNumber = q.integer("page", page, 0, 0, Integer.MAX_VALUE / 1000);
        int pageSize = q.integer(
                "size",
                size,
                config.shipments().defaultPageSize(),
                1,
                config.shipments().maxPageSize());
        boolean counted = q.bool("count", count);
        if (byPage && after != null && !after.isBlank()) {
            q.problem("page", "cannot be combined with after (a cursor already says where the page starts)");
        }
        q.check();
        PageRequest request = new PageRequest(afterId, byPage ? pageNumber : null, pageSize, counted);
        ShipmentPageResponse body = ShipmentPageResponse.from(shipments.list(filter, request), Cursors::of);
        Response.ResponseBuilder answer = Response.ok(body);
        if (body.next() != null) {
            answer.link(
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("page")
                            .replaceQueryParam("after", body.next())
                            .build(),
                    "next");
        }
        return answer.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a shipment, with its planned legs and ETA once a published plan carries it")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ShipmentDetailResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such shipment, or another nation's",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ShipmentDetailResponse get(@PathParam("id") long id) {
        return ShipmentDetailResponse.from(shipments.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change the due date, priority or size of a shipment that has not departed",
            description = "Only while SUBMITTED or PLANNED; a PLANNED shipment goes back to SUBMITTED (it needs a "
                    + "new plan). The version must be the current one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid change",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such shipment, or another nation's",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the shipment has departed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ShipmentResponse amend(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid ShipmentAmendRequest body) {
        return ShipmentResponse.from(shipments.amend(id, body.toChanges()));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a shipment that has not departed (SUBMITTED or PLANNED)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such shipment, or another nation's",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale version, or the shipment has departed",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ShipmentResponse cancel(
            @PathParam("id") long id,
            @Parameter(description = "The version the cancellation is based on; left out, any version will do")
                    @QueryParam("version")
                    String version) {
        QueryParams q = new QueryParams();
        Long expected = q.optionalLong("version", version);
        q.check();
        return ShipmentResponse.from(shipments.cancel(id, expected));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(summary = "Track a shipment: PLANNED to IN_TRANSIT, IN_TRANSIT to DELIVERED (planners)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such shipment",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not a tracking step from the current status, or stale version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public ShipmentResponse changeStatus(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest body) {
        return ShipmentResponse.from(shipments.advance(id, body.status(), body.version()));
    }
}
