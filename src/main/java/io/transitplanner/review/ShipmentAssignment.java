package io.transitplanner.review;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Leg;
import java.time.Instant;
import java.util.List;

/**
 * One shipment in a plan.
 *
 * @param legs its legs as the plan gives them, pinned ones first
 * @param eta the last arrival when it reaches its destination, {@code null} otherwise
 * @param latenessHours the hours the score counts it late: {@code max(0, ceil(eta - dueAt))} when delivered, and for
 *     any other {@code max(168, ceil(horizon.end - dueAt) + 168)}, as if it arrived a week after the horizon
 * @param weightedLateness {@code w(priority) * teu * latenessHours}, its share of minus the medium score
 * @param costUsd {@code teu * costPerTeu} over its legs, pinned ones included: its share of minus the soft score
 * @param corridor the countries its itinerary crosses, see {@link PlanReview#kpisByCorridor()}
 */
public record ShipmentAssignment(
        String shipmentId,
        String nation,
        CargoClass cargoClass,
        int teu,
        double weightTons,
        int priority,
        AssignmentStatus status,
        List<Leg> legs,
        Instant eta,
        Instant dueAt,
        long latenessHours,
        long weightedLateness,
        long costUsd,
        String corridor) {

    public ShipmentAssignment {
        legs = List.copyOf(legs);
    }
}
