package io.transitplanner.domain;

import java.time.Instant;

/**
 * A named copy of the live scenario with changes, kept to be solved and compared with the published plan.
 *
 * @param baseSnapshotAt when the live scenario it copies was read
 * @param shipments shipments in its scenario (the live ones copied and those it adds)
 * @param latestPlanId its newest plan, {@code null} before its first solve
 * @param latestPlanStatus that plan's status, {@code null} before its first solve
 */
public record WhatIf(
        long id,
        String name,
        String description,
        WhatIfChanges changes,
        String scenario,
        int nodes,
        int lanes,
        int disruptions,
        int quotas,
        int shipments,
        String createdBy,
        Instant createdAt,
        Instant baseSnapshotAt,
        Long latestPlanId,
        PlanStatus latestPlanStatus) {}
