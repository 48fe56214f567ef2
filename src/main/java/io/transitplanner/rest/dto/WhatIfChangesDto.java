package io.transitplanner.rest.dto;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.WhatIfChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a what-if changes in its copy of the live scenario; every list may be left out.")
public record WhatIfChangesDto(
        @Schema(description = "Nodes or lanes closed (or slowed) for a window") @Size(max = 1000)
                List<@Valid @NotNull Closure> closures,
        @Schema(description = "Lanes removed for the whole horizon (with the disruptions on them)") @Size(max = 1000)
                List<@NotNull @Pattern(regexp = Formats.LANE_CODE, message = Formats.LANE_CODE_TEXT) String> cutLanes,
        @Schema(description = "Quotas added beside the scenario's own") @Size(max = 1000)
                List<@Valid @NotNull QuotaRequest> quotas,
        @Schema(description = "Shipments added; each names its nation, its reference unused in the scenario")
                @Size(max = 10_000)
                List<@Valid @NotNull ShipmentRequest> shipments) {

    @Schema(description = "Exactly one of node and lane, closed (factor 0) or slowed during [from, to).")
    public record Closure(
            @Schema(nullable = true, example = "BXU")
                    @Pattern(regexp = Formats.NODE_CODE, message = Formats.NODE_CODE_TEXT)
                    String node,
            @Schema(nullable = true) @Pattern(regexp = Formats.LANE_CODE, message = Formats.LANE_CODE_TEXT) String lane,
            @Schema(example = "2012-08-21T00:00:00Z") @NotNull Instant from,
            @Schema(example = "2012-09-25T00:00:00Z") @NotNull Instant to,
            @Schema(description = "0 (closed, the default) to 1", nullable = true) @DecimalMin("0") @DecimalMax("1")
                    Double capacityFactor,
            @Size(max = 2000) String reason) {

        Disruption toDisruption() {
            return new Disruption(node, lane, from, to, capacityFactor == null ? 0.0 : capacityFactor, reason);
        }

        static Closure from(Disruption d) {
            return new Closure(d.node(), d.lane(), d.from(), d.to(), d.capacityFactor(), d.reason());
        }
    }

    public List<Disruption> disruptions() {
        return closures == null
                ? List.of()
                : closures.stream().map(Closure::toDisruption).toList();
    }

    public static WhatIfChangesDto from(WhatIfChanges c) {
        return new WhatIfChangesDto(
                c.closures().stream().map(Closure::from).toList(),
                c.cutLanes(),
                c.quotas().stream()
                        .map(q -> new QuotaRequest(
                                q.country(), q.period(), q.maxTeu(), q.nation(), q.cargoClass(), q.note(), null))
                        .toList(),
                c.shipments().stream()
                        .map(s -> new ShipmentRequest(
                                s.id(),
                                s.nation(),
                                s.origin(),
                                s.destination(),
                                s.cargoClass(),
                                s.teu(),
                                s.weightTons(),
                                s.availableAt(),
                                s.dueAt(),
                                s.priority()))
                        .toList());
    }
}
