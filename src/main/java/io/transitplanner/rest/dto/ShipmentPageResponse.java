package io.transitplanner.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.transitplanner.domain.SeekPage;
import io.transitplanner.domain.TrackedShipment;
import java.util.List;
import java.util.function.LongFunction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "One page of shipments, oldest first. Follow `next` (or the Link header, rel=next) for the next "
                + "page; there is none when `next` is absent.")
public record ShipmentPageResponse(
        List<ShipmentResponse> items,
        @Schema(description = "Page number from 0, when the page was asked by number", nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Integer page,
        int size,
        @Schema(description = "How many shipments match in all; only when asked with count=true", nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Long total,
        @Schema(
                        description = "Opaque cursor of the next page: pass it as `after`. Absent on the last page",
                        nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                String next) {

    public static ShipmentPageResponse from(SeekPage<TrackedShipment> page, LongFunction<String> cursor) {
        return new ShipmentPageResponse(
                page.items().stream().map(ShipmentResponse::from).toList(),
                page.page(),
                page.size(),
                page.total(),
                page.nextAfterId() == null ? null : cursor.apply(page.nextAfterId()));
    }
}
