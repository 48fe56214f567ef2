package io.transitplanner.solver;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> visited = new HashSet<>();
        visited.add(at);
        for (int i = 0; i < itinerary.size(); i++) {
            Hop leg = itinerary.hop(i);
            if (!leg.fromNode().equals(at) || !visited.add(leg.toNode())) {
                return false;
            }
            at = leg.toNode();
        }
        return true;
    }

    /** Rule 2: each chosen leg departs at one of its lane's departures and arrives transitHours later. */
    static int offSchedule(Itinerary itinerary) {
        int count = 0;
        for (int i = 0; i < itinerary.size(); i++) {
            Hop leg = itinerary.hop(i);
            if (leg.pinned()) {
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
                Instant ready = previous == null
                        ? itinerary.shipment().availableAt()
                        : previous.arrival()
                                .plus(Duration.ofHours(previous.lane().to().handlingHours()));
                if (leg.departure().isBefore(ready)
                        || leg.departure().isBefore(itinerary.shipment().availableAt())) {
                    count++;
                }
            }
            previous = leg;
        }
        return count;
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
