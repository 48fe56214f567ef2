package io.transitplanner.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored plan: its version number, where it is in its life, its score so far and the facts of its solve.
 *
 * @param score {@code null} until the solver's first solution
 * @param kpis {@code null} until the solver's first solution
 * @param settings the solver settings the solve used, by name
 * @param parentId the published plan a replan started from, or {@code null}
 * @param replanNow the "now" of a replan, or {@code null}
 * @param freezeWindow a replan's freeze window: legs departing before now + freeze were kept, or {@code null}
 * @param snapshotAt when the scenario it was solved on was read
 * @param failureReason why a FAILED plan failed, or {@code null}
 */
public record PlanVersion(
        long id,
        long version,
        String scenario,
        PlanStatus status,
        PlanKind kind,
        PlanScore score,
        PlanSummary kpis,
        Map<String, Object> settings,
        Long parentId,
        Instant replanNow,
        Duration freezeWindow,
        int shipments,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant snapshotAt,
        Instant solveStartedAt,
        Instant solveEndedAt,
        Instant publishedAt,
        String failureReason) {

    public PlanVersion {
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
