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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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
public class ShipmentResource {
    static final String CSV = "text/csv";
    private static final String BULK_SUMMARY = "Submit many shipments as a JSON array or as CSV (all or nothing)";
    private static final String BULK_DESCRIPTION = "Up to 10,000 shipments. Nothing is stored unless every row is "
            + "good; the answer names every bad row (as $[i].field in JSON, by line in CSV, the header being line "
            + "1). 400 when a row is invalid, else 422 for unknown nodes, else 409 for references already used. CSV "
            + "header: reference,origin,destination,cargoClass,teu,weightTons,availableAt,dueAt,priority (planners "
            + "and admins add a nation column).";

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
            operationId = "submitShipment",
            summary = "Submit a shipment",
            description = "An officer submits for the nation of his token; planners and admins name the nation. "
                    + "Resubmitting a reference the nation already used is answered 409 with a link to that shipment.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShipmentRequest.class),
                            examples = {
                                @ExampleObject(name = "utc", value = ApiExamples.SHIPMENT),
                                @ExampleObject(
                                        name = "offsets",
                                        summary = "Instants with numeric offsets, stored in UTC",
                                        value = ApiExamples.SHIPMENT_WITH_OFFSETS)
                            }))
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location names it",
            content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "The nation already stored this reference: `existing` and the Location header name the "
                    + "shipment")
    @APIResponse(responseCode = "422", description = "Unknown origin or destination")
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
    @Operation(operationId = "uploadShipments", summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ShipmentRequest.class),
                            examples = @ExampleObject(name = "two shipments", value = ApiExamples.SHIPMENTS)))
    @APIResponse(
            responseCode = "201",
            description = "Every row stored",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing stored")
    @APIResponse(responseCode = "409", description = "Some references are already used; nothing stored")
    @APIResponse(responseCode = "413", description = "More than 10,000 rows")
    @APIResponse(responseCode = "422", description = "Some rows name unknown nodes; nothing stored")
    public Response createAllJson(String body) throws JsonProcessingException {
        return Response.status(201)
                .entity(BulkResponse.from(shipments.submitAll(rows.fromJson(body, shipments::checkBatchSize))))
                .build();
    }

    @POST
    @Path("/bulk")
    @Consumes(CSV)
    @Operation(operationId = "uploadShipments", summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @RequestBody(
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "two rows", value = ApiExamples.SHIPMENTS_CSV)))
    @APIResponse(
            responseCode = "201",
            description = "Every row stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing stored")
    @APIResponse(responseCode = "409", description = "Some references are already used; nothing stored")
    @APIResponse(responseCode = "413", description = "More than 10,000 rows")
    @APIResponse(responseCode = "422", description = "Some rows name unknown nodes; nothing stored")
    public Response createAllCsv(String body) {
        return Response.status(201)
                .entity(BulkResponse.from(shipments.submitAll(rows.fromCsv(body, shipments::checkBatchSize))))
                .build();
    }

    @GET
    @Operation(
            operationId = "listShipments",
            summary = "List shipments",
            description = "Officers see their nation's only. dueFrom is inclusive, dueTo exclusive. Oldest first. "
                    + "Recommended paging: follow the opaque cursor `next` of each page (also in the Link header, "
                    + "rel=next) as `after`; a page deep in the listing is then as fast as the first. `page` (offset "
                    + "paging) still works but grows slower with depth. The total is counted only with count=true.")
    @APIResponse(
            responseCode = "200",
            description = "A page; Link: <...>; rel=\"next\" when another page follows",
            content = @Content(schema = @Schema(implementation = ShipmentPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is not valid")
    public Response list(
            @Parameter(schema = @Schema(implementation = ShipmentStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Node code") @QueryParam("origin") String origin,
            @Parameter(description = "Node code") @QueryParam("destination") String destination,
            @Parameter(schema = @Schema(implementation = CargoClass.class)) @QueryParam("cargoClass") String cargoClass,
            @Parameter(
                            description = "Only shipments due at or after this instant",
                            schema = @Schema(implementation = Instant.class),
                            example = "2012-09-01T00:00:00Z")
                    @QueryParam("dueFrom")
                    String dueFrom,
            @Parameter(
                            description = "Only shipments due before this instant",
                            schema = @Schema(implementation = Instant.class))
                    @QueryParam("dueTo")
                    String dueTo,
            @Parameter(description = "Planners and admins: only this nation") @QueryParam("nation") String nation,
            @Parameter(description = "The `next` cursor of the previous page (recommended paging)") @QueryParam("after")
                    String after,
            @Parameter(
                            description = "Offset paging from 0 (not with `after`)",
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
                    String size,
            @Parameter(
                            description = "true: also count every matching shipment (`total`); costs a scan of them",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
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
        int pageNumber = q.pageNumber(page);
        int pageSize = q.pageSize(size, config.shipments());
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
    @Operation(
            operationId = "getShipment",
            summary = "Read a shipment, with its planned legs and ETA once a published plan carries it")
    @APIResponse(
            responseCode = "200",
            description = "The shipment",
            content = @Content(schema = @Schema(implementation = ShipmentDetailResponse.class)))
    public ShipmentDetailResponse get(@PathParam("id") long id) {
        return ShipmentDetailResponse.from(shipments.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "amendShipment",
            summary = "Change the due date, priority or size of a shipment that has not departed",
            description = "Only while SUBMITTED or PLANNED; a PLANNED shipment goes back to SUBMITTED (it needs a "
                    + "new plan). The version must be the current one.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShipmentAmendRequest.class),
                            examples = @ExampleObject(name = "later and more urgent", value = ApiExamples.AMENDMENT)))
    @APIResponse(
            responseCode = "200",
            description = "The shipment as changed",
            content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the shipment has departed")
    public ShipmentResponse amend(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid ShipmentAmendRequest body) {
        return ShipmentResponse.from(shipments.amend(id, body.toChanges()));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(
            operationId = "cancelShipment",
            summary = "Cancel a shipment that has not departed (SUBMITTED or PLANNED)")
    @APIResponse(
            responseCode = "200",
            description = "The shipment, now CANCELLED",
            content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the shipment has departed")
    public ShipmentResponse cancel(
            @PathParam("id") long id,
            @Parameter(
                            description = "The version the cancellation is based on; left out, any version will do",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
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
    @Operation(
            operationId = "changeShipmentStatus",
            summary = "Track a shipment: PLANNED to IN_TRANSIT, IN_TRANSIT to DELIVERED (planners)")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusChangeRequest.class),
                            examples = @ExampleObject(name = "departed", value = ApiExamples.STATUS_CHANGE)))
    @APIResponse(
            responseCode = "200",
            description = "The shipment in its new status",
            content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a tracking step from the current status, or stale version")
    public ShipmentResponse changeStatus(
            @PathParam("id") long id, @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest body) {
        return ShipmentResponse.from(shipments.advance(id, body.status(), body.version()));
    }
}
