package io.transitplanner.solver;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The itinerary rules 1, 2, 3 and 5 of the planning contract, as checks of one chosen itinerary. */
final class ItineraryRules {

    private ItineraryRules() {}

    /** Rule 1: from the origin, leg after leg, to the destination (or stopping after the pinned legs); no node twice. */
    static boolean connected(Itinerary itinerary) {
        Shipment shipment = itinerary.shipment();
        if (!itinerary.delivered() && itinerary.size() > shipment.pinnedLegs().size()) {
            return false;
        }
        String at = shipment.origin();
        // a handful of legs: looking back over them is cheaper than a set (this runs on every move)
        for (int i = 0; i < itinerary.size(); i++) {
            Hop leg = itinerary.hop(i);
            String to = leg.toNode();
            if (!leg.fromNode().equals(at) || to.equals(shipment.origin())) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (itinerary.hop(j).toNode().equals(to)) {
                    return false;
                }
            }
            at = to;
        }
        return true;
    }

    /** Rule 2: each chosen leg departs at one of its lane's departures and arrives transitHours later. */
    static int offSchedule(Itinerary itinerary) {
        int count = 0;
        for (int i = 0; i < itinerary.size(); i++) {
            Hop leg = itinerary.hop(i);
            // a lane's own departure as scheduled is on schedule by construction
            if (leg.pinned() || leg.scheduled()) {
                continue;
            }
            Instant expected =
                    leg.departure().plus(Duration.ofHours(leg.lane().lane().transitHours()));
            if (!leg.lane().isDeparture(leg.departure()) || !leg.arrival().equals(expected)) {
                count++;
            }
        }
        return count;
    }

    /** Rule 3: the first departure after availableAt, each next one after the previous arrival plus handling. */
    static int tooEarly(Itinerary itinerary) {
        int count = 0;
        Hop previous = null;
        for (int i = 0; i < itinerary.size(); i++) {
            Hop leg = itinerary.hop(i);
            if (!leg.pinned()) {
                Instant available = itinerary.shipment().availableAt();
                boolean early = previous == null
                        ? leg.departure().isBefore(available)
                        : before(
                                        leg.departure(),
                                        previous.arrival(),
                                        previous.lane().to().handlingHours() * 3600L)
                                || leg.departure().isBefore(available);
                if (early) {
                    count++;
                }
            }
            previous = leg;
        }
        return count;
    }

    /** {@code a < b + seconds}, without making the sum (this runs on every move). */
    private static boolean before(Instant a, Instant b, long seconds) {
        long as = a.getEpochSecond();
        long bs = b.getEpochSecond() + seconds;
        return as < bs || (as == bs && a.getNano() < b.getNano());
    }

    /** Rule 5: the pinned legs come first, unchanged and in order. */
    static boolean keepsPinnedLegs(Itinerary itinerary) {
        List<Leg> pinned = itinerary.shipment().pinnedLegs();
        if (itinerary.size() < pinned.size()) {
            return false;
        }
        for (int i = 0; i < pinned.size(); i++) {
            Hop leg = itinerary.hop(i);
            Leg expected = pinned.get(i);
            if (!leg.pinned()
                    || !leg.lane().code().equals(expected.lane())
                    || !leg.departure().equals(expected.departure())
                    || !leg.arrival().equals(expected.arrival())) {
                return false;
            }
        }
        return true;
    }
}
