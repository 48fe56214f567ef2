package io.transitplanner.review;

import io.transitplanner.domain.Leg;
import java.time.Instant;
import java.util.List;

/**
 * One shipment whose legs differ between two plans. A shipment missing from one side's scenario counts there as
 * unplanned, with no legs.
 *
 * @param beforeEta its arrival at its destination in the first plan, {@code null} when it did not arrive
 * @param afterEta its arrival in the second plan, {@code null} when it does not arrive
 */
public record ShipmentChange(
        String shipmentId,
        List<Leg> beforeLegs,
        Instant beforeEta,
        AssignmentStatus beforeStatus,
        List<Leg> afterLegs,
        Instant afterEta,
        AssignmentStatus afterStatus,
        ChangeKind kind) {

    public ShipmentChange {
        beforeLegs = List.copyOf(beforeLegs);
        afterLegs = List.copyOf(afterLegs);
    }
}
