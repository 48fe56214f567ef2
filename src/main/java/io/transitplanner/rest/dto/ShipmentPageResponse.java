package io.transitplanner.rest.dto;

import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.TrackedShipment;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of shipments, oldest first.")
public record ShipmentPageResponse(
        List<ShipmentResponse> items,
        @Schema(description = "Page number, from 0") int page,
        int size,
        @Schema(description = "How many shipments match in all") long total) {

    public static ShipmentPageResponse from(ResultPage<TrackedShipment> page) {
        return new ShipmentPageResponse(
                page.items().stream().map(ShipmentResponse::from).toList(), page.page(), page.size(), page.total());
    }
}
