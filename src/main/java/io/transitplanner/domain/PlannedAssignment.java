package io.transitplanner.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a stored plan gives one shipment, with what it costs the score.
 *
 * @param shipmentId the server id of the shipment
 * @param shipment its id in the plan's scenario (its nation's reference)
 * @param legs empty for an unplanned shipment
 * @param eta the last arrival when the legs reach the destination, else {@code null}
 * @param lateHours hours late at the destination (unplanned: as the contract counts it)
 * @param weightedLateness priority weight x TEU x hours late
 * @param costUsd TEU x cost per TEU over every leg
 */
public record PlannedAssignment(
        long shipmentId,
        String shipment,
        String nation,
        List<Leg> legs,
        boolean delivered,
        Instant eta,
        long lateHours,
        long weightedLateness,
        long costUsd) {
    public PlannedAssignment {
        legs = List.copyOf(legs);
    }
}
