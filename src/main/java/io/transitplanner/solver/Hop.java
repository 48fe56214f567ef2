package io.transitplanner.solver;

import java.time.Instant;

/**
 * One departure of one lane as a leg of any shipment: the same object for every candidate itinerary that takes that
 * departure, whoever the shipment (what a shipment puts on it, TEU and grams, comes from its {@link Cargo}). The
 * scheduled hops of a lane are made once per problem ({@link NetworkIndex#hop}); a pinned leg, or a leg of a plan
 * made elsewhere that is no scheduled departure, gets a hop of its own.
 *
 * @param fromDay the day's throughput at the departure node, or {@code null} when that node has no limit
 * @param pinned true for a leg already booked or under way (a fact, not a choice)
 * @param scheduled true for the lane's own shared hop of one of its departures, which arrives transitHours later
 */
record Hop(
        LaneInfo lane,
        Instant departure,
        Instant arrival,
        DepartureSlot slot,
        NodeDay fromDay,
        boolean pinned,
        boolean scheduled) {

    String fromNode() {
        return lane.from().code();
    }

    String toNode() {
        return lane.to().code();
    }

    /** This leg as one shipment's use of it. */
    LegUse use(Cargo cargo) {
        return new LegUse(
                cargo.shipment().id(), lane, departure, arrival, cargo.teu(), cargo.grams(), slot, fromDay, pinned);
    }

    /** Identity, not value: hops are shared, and two equal pinned hops of two shipments are still two legs. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
