package io.transitplanner.rest;

import io.transitplanner.rest.dto.ImportResponse;
import io.transitplanner.service.Roles;
import io.transitplanner.service.ScenarioService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
            summary = "Import a scenario, replacing everything (admins)",
            description = "Replaces the network, rules, horizon and shipments (and the plans made for the old "
                    + "shipments) in one transaction, or changes nothing. Every fault is reported with its JSON path.")
    @RequestBody(
            description = "A scenario document (see scenario.schema.json); instants may carry Z or a numeric offset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "200",
            description = "Imported: how many records of each kind are now live",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not JSON, or not a valid scenario document: `errors` names the JSON path of each fault")
    @APIResponse(responseCode = "422", description = "Valid in form, but naming unknown node or lane codes")
    public ImportResponse importScenario(String body) {
        return ImportResponse.from(scenarios.importDocument(body));
    }

    @POST
    @Path("/default")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "loadDefaultScenario",
            summary = "Import the default NDN scenario shipped with the service (admins)",
            description = "The Northern Distribution Network of 2012 with the Ulyanovsk hub; replaces everything.")
    @APIResponse(
            responseCode = "200",
            description = "Imported: how many records of each kind are now live",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "404", description = "This build carries no default scenario")
    public ImportResponse importDefault() {
        return ImportResponse.from(scenarios.importDefault());
    }
}
