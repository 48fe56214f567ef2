package io.transitplanner.rest.dto;

import io.transitplanner.service.StoredShipmentRef;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a bulk upload stored: every row, in the order of the upload.")
public record BulkResponse(int created, List<Created> shipments) {

    @Schema(name = "BulkCreated")
    public record Created(long id, String nation, String reference) {}

    public static BulkResponse from(List<StoredShipmentRef> stored) {
        return new BulkResponse(
                stored.size(),
                stored.stream()
                        .map(s -> new Created(s.id(), s.nation(), s.reference()))
                        .toList());
    }
}
