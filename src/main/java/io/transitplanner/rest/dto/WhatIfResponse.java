package io.transitplanner.rest.dto;

import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.WhatIf;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A what-if: its changes, the size of its scenario and its latest plan.")
public record WhatIfResponse(
        long id,
        String name,
        @Schema(nullable = true) String description,
        WhatIfChangesDto changes,
        @Schema(description = "The name of its scenario (the live one's, with the what-if's)") String scenario,
        Counts counts,
        String createdBy,
        Instant createdAt,
        @Schema(description = "When the live scenario it copies was read") Instant baseSnapshotAt,
        @Schema(nullable = true, description = "Its newest plan (/api/plans/{id}); null before its first solve")
                Long latestPlanId,
        @Schema(nullable = true) PlanStatus latestPlanStatus) {

    @Schema(description = "What its scenario holds, after the changes.")
    public record Counts(int nodes, int lanes, int disruptions, int quotas, int shipments) {}

    public static WhatIfResponse from(WhatIf w) {
        return new WhatIfResponse(
                w.id(),
                w.name(),
                w.description(),
                WhatIfChangesDto.from(w.changes()),
                w.scenario(),
                new Counts(w.nodes(), w.lanes(), w.disruptions(), w.quotas(), w.shipments()),
                w.createdBy(),
                w.createdAt(),
                w.baseSnapshotAt(),
                w.latestPlanId(),
                w.latestPlanStatus());
    }
}
