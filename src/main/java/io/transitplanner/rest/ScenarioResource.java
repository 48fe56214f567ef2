package io.transitplanner.rest;

import io.transitplanner.rest.dto.ImportResponse;
import io.transitplanner.rest.dto.RestoreResponse;
import io.transitplanner.service.ImportOptions;
import io.transitplanner.service.Roles;
import io.transitplanner.service.ScenarioService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/scenario")
@Tag(name = "Scenario", description = "The whole live scenario in the exchange format of the planning contract")
public class ScenarioResource {
    private final ScenarioService scenarios;

    ScenarioResource(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN})
    @Operation(
            operationId = "exportScenario",
            summary = "Export the live scenario",
            description = "Name, horizon, network, rules and every shipment still to be delivered (SUBMITTED, PLANNED, "
                    + "IN_TRANSIT), in the exchange format. A shipment's id is its nation's reference; where two nations "
                    + "use the same reference, both are written NATION:reference.")
    @APIResponse(
            responseCode = "200",
            description = "A scenario document (see scenario.schema.json)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No scenario has been imported yet")
    public String export() {
        return scenarios.export();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "importScenario",
            summary = "Import a scenario (admins)",
            description = "Replaces the network, rules and horizon by the document's and adds or updates its shipments "
                    + "by nation and reference, in one transaction, or changes nothing. Stored shipments the document "
                    + "does not name are kept (mode=merge, the default) or archived under the import's audit event "
                    + "(mode=replace; POST /api/scenario/imports/{eventId}/restore brings them back). A kept shipment "
                    + "the new network cannot serve (origin or destination gone, a pinned lane gone, or no lane out "
                    + "of its start or into its destination open to its nation and cargo class) makes the import "
                    + "refused with 409 naming each, unless unservable=archive or unservable=keep says what to do. "
                    + "Published plans are marked stale, never deleted. dryRun=true answers the same counts and "
                    + "writes nothing. Every fault of the document is reported with its JSON path.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not JSON, not a valid scenario document, or a bad query parameter")
    @APIResponse(
            responseCode = "409",
            description = "Stored shipments the new network cannot serve (each named in `errors`); nothing changed")
    @APIResponse(responseCode = "422", description = "Valid in form, but naming unknown node or lane codes")
    public ImportResponse importScenario(
            String body,
            @Parameter(
                            description = "merge (default): keep stored shipments the document does not name; "
                                    + "replace: archive them",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"merge", "replace"}))
                    @QueryParam("mode")
                    String mode,
            @Parameter(
                            description = "What to do with kept shipments the new network cannot serve; absent: "
                                    + "refuse the import (409)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"archive", "keep"}))
                    @QueryParam("unservable")
                    String unservable,
            @Parameter(
                            description = "true: report the counts, write nothing",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("dryRun")
                    String dryRun) {
        return ImportResponse.from(scenarios.importDocument(body, options(mode, unservable, dryRun)));
    }

    @POST
    @Path("/default")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "loadDefaultScenario",
            summary = "Import the default NDN scenario shipped with the service (admins)",
            description = "The Northern Distribution Network of 2012 with the Ulyanovsk hub, imported like PUT "
                    + "/api/scenario with the same mode, unservable and dryRun parameters.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "404", description = "This build carries no default scenario")
    @APIResponse(
            responseCode = "409",
            description = "Stored shipments the new network cannot serve (each named in `errors`); nothing changed")
    public ImportResponse importDefault(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"merge", "replace"}))
                    @QueryParam("mode")
                    String mode,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"archive", "keep"}))
                    @QueryParam("unservable")
                    String unservable,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun")
                    String dryRun) {
        return ImportResponse.from(scenarios.importDefault(options(mode, unservable, dryRun)));
    }

    @POST
    @Path("/imports/{eventId}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "restoreImport",
            summary = "Bring back the shipments an import archived (admins)",
            description = "All or nothing: the shipments come back with their ids, data, pinned legs and the legs of "
                    + "plans that still exist. Refused (409, each named) when a shipment of the same nation and "
                    + "reference is stored now, or a node or lane one of them names is no longer in the network.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RestoreResponse.class)))
    @APIResponse(responseCode = "404", description = "No import archived shipments under this event")
    @APIResponse(
            responseCode = "409",
            description = "Already restored, or some shipments cannot come back; nothing restored")
    public RestoreResponse restore(@PathParam("eventId") String eventId) {
        QueryParams q = new QueryParams();
        Long id = q.optionalLong("eventId", eventId);
        q.check();
        return RestoreResponse.from(scenarios.restore(id));
    }

    private static ImportOptions options(String mode, String unservable, String dryRun) {
        QueryParams q = new QueryParams();
        String m = q.choice("mode", mode, "merge", "replace");
        String u = q.choice("unservable", unservable, "archive", "keep");
        boolean dry = q.bool("dryRun", dryRun);
        q.check();
        return new ImportOptions(
                m == null ? null : ImportOptions.Mode.valueOf(m.toUpperCase()),
                u == null ? null : ImportOptions.Unservable.valueOf(u.toUpperCase()),
                dry);
    }
}
