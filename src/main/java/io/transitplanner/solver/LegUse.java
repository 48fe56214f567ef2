package io.transitplanner.solver;

import java.time.Instant;

/**
 * One leg of one candidate itinerary: the shipment's TEU and weight on one departure of one lane.
 *
 * @param fromDay the day's throughput at the departure node, or {@code null} when that node has no limit
 * @param pinned true for a leg already booked or under way (a fact, not a choice)
 */
public record LegUse(
        String shipment,
        LaneInfo lane,
        Instant departure,
        Instant arrival,
        int teu,
        long grams,
        DepartureSlot slot,
        NodeDay fromDay,
        boolean pinned) {

    public String fromNode() {
        return lane.from().code();
    }

    public String toNode() {
        return lane.to().code();
    }
}
