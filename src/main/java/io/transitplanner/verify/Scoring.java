package io.transitplanner.verify;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The medium and soft parts of the score (section 6), for any plan, valid or not: legs are scored as given, and a
 * shipment is delivered exactly when its last leg reaches its destination.
 */
final class Scoring {
    /** An unplanned shipment counts as arriving a week after the horizon, and at least a week late. */
    static final long UNPLANNED_EXTRA_HOURS = 168;

    private final Network network;

    Scoring(Network network) {
        this.network = network;
    }

    /** Minus the priority-weighted lateness in TEU-hours. */
    long medium(List<Trip> trips) {
        long total = 0;
        for (Trip trip : trips) {
            Shipment shipment = trip.shipment();
            total += (long) shipment.priorityWeight() * shipment.teu() * lateHours(trip);
        }
        return -total;
    }

    /** Minus the cost in US dollars of every leg in the plan, pinned ones included. */
    long soft(List<Trip> trips) {
        long total = 0;
        for (Trip trip : trips) {
            for (Leg leg : trip.legs()) {
                Lane lane = network.lane(leg.lane());
                if (lane != null) {
                    total += (long) trip.shipment().teu() * lane.costPerTeu();
                }
            }
        }
        return -total;
    }

    long lateHours(Trip trip) {
        Shipment shipment = trip.shipment();
        if (delivered(trip)) {
            Instant lastArrival = trip.legs().get(trip.legs().size() - 1).arrival();
            return Math.max(0, ceilHours(Duration.between(shipment.dueAt(), lastArrival)));
        }
        Instant horizonEnd = network.scenario().horizon().end();
        return Math.max(
                UNPLANNED_EXTRA_HOURS,
                ceilHours(Duration.between(shipment.dueAt(), horizonEnd)) + UNPLANNED_EXTRA_HOURS);
    }

    boolean delivered(Trip trip) {
        if (trip.legs().isEmpty()) {
            return false;
        }
        Lane last = network.lane(trip.legs().get(trip.legs().size() - 1).lane());
        return last != null && last.to().equals(trip.shipment().destination());
    }

    /**
     * The duration in hours rounded up (towards positive infinity), for negative durations too: -59 min is 0 h,
     * -61 min is -1 h, +1 min is 1 h.
     */
    static long ceilHours(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() > 0) {
            seconds++;
        }
        return -Math.floorDiv(-seconds, 3600L);
    }
}
