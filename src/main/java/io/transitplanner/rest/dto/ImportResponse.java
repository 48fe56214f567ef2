package io.transitplanner.rest.dto;

import io.transitplanner.service.ImportSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a scenario import stored, in place of everything before it.")
public record ImportResponse(
        String name, int nodes, int lanes, int permissions, int quotas, int disruptions, int shipments) {

    public static ImportResponse from(ImportSummary s) {
        return new ImportResponse(
                s.name(), s.nodes(), s.lanes(), s.permissions(), s.quotas(), s.disruptions(), s.shipments());
    }
}
