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
public final class Scoring {
    /** An unplanned shipment counts as arriving a week after the horizon, and at least a week late. */
    static final long UNPLANNED_EXTRA_HOURS = 168;

    private final Network network;

    public Scoring(Network network) {
        this.network = network;
    }

    /** Minus the priority-weighted lateness in TEU-hours. */
    public long medium(List<Trip> trips) {
        long total = 0;
        for (Trip trip : trips) {
            total += weightedLateness(trip);
        }
        return -total;
    }

    /** One shipment's part of minus the medium score: {@code w(priority) * teu * lateHours}. */
    public long weightedLateness(Trip trip) {
        Shipment shipment = trip.shipment();
        return (long) shipment.priorityWeight() * shipment.teu() * lateHours(trip);
    }

    /** Minus the cost in US dollars of every leg in the plan, pinned ones included. */
    public long soft(List<Trip> trips) {
        long total = 0;
        for (Trip trip : trips) {
            total += cost(trip);
        }
        return -total;
    }

    /** One shipment's transport cost in US dollars: {@code teu * costPerTeu} over its legs, pinned ones included. */
    public long cost(Trip trip) {
        long total = 0;
        for (Leg leg : trip.legs()) {
            Lane lane = network.lane(leg.lane());
            if (lane != null) {
                total += (long) trip.shipment().teu() * lane.costPerTeu();
            }
        }
        return total;
    }

    /**
     * The hours the score counts a shipment late: for a delivered one {@code max(0, ceil(lastArrival - dueAt))}, for
     * any other {@code max(168, ceil(horizon.end - dueAt) + 168)}.
     */
    public long lateHours(Trip trip) {
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

    /** True when the shipment's last leg reaches its destination. */
    public boolean delivered(Trip trip) {
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
