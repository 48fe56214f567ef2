package io.transitplanner.verify;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rules 1 to 5 of the contract (section 5), checked on one shipment's legs. */
final class ItineraryRules {
    private final Network network;
    private final List<Violation> violations;

    ItineraryRules(Network network, List<Violation> violations) {
        this.network = network;
        this.violations = violations;
    }

    void check(Trip trip) {
        int kept = trip.pinnedKept();
        checkPinned(trip, kept);
        checkRoute(trip, kept);
        // Pinned legs are facts, not choices: rules 2 to 4 (and the horizon) start with the first leg after them.
        for (int i = kept; i < trip.legs().size(); i++) {
            checkLeg(trip, i);
        }
    }

    /** Rule 5: the pinned legs appear unchanged, in order, as the first legs. */
    private void checkPinned(Trip trip, int kept) {
        List<Leg> pinned = trip.shipment().pinnedLegs();
        if (kept == pinned.size()) {
            return;
        }
        Leg expected = pinned.get(kept);
        String message = kept < trip.legs().size()
                ? "leg " + (kept + 1) + " is " + show(trip.legs().get(kept)) + " but pinned leg " + (kept + 1) + " is "
                        + show(expected)
                : "pinned legs are dropped: the plan keeps " + kept + " of " + pinned.size() + ", missing "
                        + show(expected);
        add(Rule.PINNED, trip, message);
    }

    /** Rule 1: from the origin, leg after leg without gaps, to the destination, never twice through a node. */
    private void checkRoute(Trip trip, int kept) {
        Shipment shipment = trip.shipment();
        List<Leg> legs = trip.legs();
        if (legs.isEmpty()) {
            return;
        }
        Lane first = network.lane(legs.get(0).lane());
        if (first != null && !first.from().equals(shipment.origin())) {
            add(
                    Rule.ITINERARY,
                    trip,
                    Trip.describe(0, legs.get(0)) + " leaves " + first.from() + ", not the origin "
                            + shipment.origin());
        }
        for (int i = 1; i < legs.size(); i++) {
            Lane previous = network.lane(legs.get(i - 1).lane());
            Lane lane = network.lane(legs.get(i).lane());
            if (previous != null && lane != null && !lane.from().equals(previous.to())) {
                add(
                        Rule.ITINERARY,
                        trip,
                        Trip.describe(i, legs.get(i)) + " leaves " + lane.from() + " but leg " + i + " arrived at "
                                + previous.to());
            }
        }
        // A journey that cannot be completed may stop after its pinned legs; any other must arrive.
        boolean onlyPinned = kept == legs.size();
        Lane last = network.lane(legs.get(legs.size() - 1).lane());
        if (!onlyPinned && last != null && !last.to().equals(shipment.destination())) {
            add(
                    Rule.ITINERARY,
                    trip,
                    "the last leg arrives at " + last.to() + ", not the destination " + shipment.destination());
        }
        List<String> visits = new ArrayList<>();
        visits.add(shipment.origin());
        for (Leg leg : legs) {
            Lane lane = network.lane(leg.lane());
            if (lane != null) {
                visits.add(lane.to());
            }
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String node : visits) {
            if (!seen.add(node)) {
                repeated.add(node);
            }
        }
        for (String node : repeated) {
            add(Rule.ITINERARY, trip, "visits node " + node + " more than once");
        }
    }

    /** Rules 2, 3 and 4 for one leg that is not pinned. */
    private void checkLeg(Trip trip, int i) {
        Shipment shipment = trip.shipment();
        Leg leg = trip.legs().get(i);
        Lane lane = network.lane(leg.lane());
        String label = Trip.describe(i, leg);

        // Rule 2: one of the lane's departures (named by its schedule, inside the horizon), arriving transitHours
        // later.
        if (lane == null) {
            add(Rule.DEPARTURES, trip, label + ": unknown lane '" + leg.lane() + "'");
        } else {
            Instant expectedArrival = leg.departure().plus(Duration.ofHours(lane.transitHours()));
            if (!lane.schedule().names(leg.departure())) {
                add(Rule.DEPARTURES, trip, label + ": the lane's schedule has no departure at " + leg.departure());
            } else if (leg.departure().isBefore(horizonStart()) || expectedArrival.isAfter(horizonEnd())) {
                add(
                        Rule.DEPARTURES,
                        trip,
                        label + ": outside the horizon [" + horizonStart() + ", " + horizonEnd() + ")");
            }
            if (!leg.arrival().equals(expectedArrival)) {
                add(
                        Rule.DEPARTURES,
                        trip,
                        label + ": arrives at " + leg.arrival() + " but departure + " + lane.transitHours() + " h is "
                                + expectedArrival);
            }
        }

        // Rule 3: not before the shipment is available, nor before the previous arrival plus the handling between.
        if (i == 0) {
            if (leg.departure().isBefore(shipment.availableAt())) {
                add(
                        Rule.TIMING,
                        trip,
                        label + " departs before the shipment is available at " + shipment.availableAt());
            }
        } else {
            Leg previous = trip.legs().get(i - 1);
            Lane previousLane = network.lane(previous.lane());
            String between = previousLane != null ? previousLane.to() : lane != null ? lane.from() : null;
            int handling = network.handlingHours(between);
            Instant ready = previous.arrival().plus(Duration.ofHours(handling));
            if (leg.departure().isBefore(ready)) {
                add(
                        Rule.TIMING,
                        trip,
                        label + " departs before " + ready + " (arrival " + previous.arrival() + " at " + between
                                + " + " + handling + " h handling)");
            }
        }

        // Rule 4: a permission in every country of the leg, and no closed node at either end at that instant.
        if (lane != null) {
            List<String> closed = new ArrayList<>();
            for (String country : network.countriesOf(lane)) {
                if (!network.permitted(shipment, lane, country, leg.departure())) {
                    closed.add(country);
                }
            }
            if (!closed.isEmpty()) {
                add(
                        Rule.PERMISSIONS,
                        trip,
                        label + ": no permission for " + shipment.cargoClass() + " cargo of " + shipment.nation()
                                + " by " + lane.mode() + " in " + String.join(", ", closed));
            }
            Disruption atDeparture = network.closureAt(lane.from(), leg.departure());
            if (atDeparture != null) {
                add(
                        Rule.PERMISSIONS,
                        trip,
                        label + " departs from " + lane.from() + " while it is closed " + window(atDeparture));
            }
            Disruption atArrival = network.closureAt(lane.to(), leg.arrival());
            if (atArrival != null) {
                add(
                        Rule.PERMISSIONS,
                        trip,
                        label + " arrives at " + lane.to() + " at " + leg.arrival() + " while it is closed "
                                + window(atArrival));
            }
        }
    }

    private Instant horizonStart() {
        return network.scenario().horizon().start();
    }

    private Instant horizonEnd() {
        return network.scenario().horizon().end();
    }

    private static String window(Disruption d) {
        return "[" + d.from() + ", " + d.to() + ")";
    }

    private static String show(Leg leg) {
        return leg.lane() + " " + leg.departure() + " -> " + leg.arrival();
    }

    private void add(Rule rule, Trip trip, String message) {
        violations.add(new Violation(rule.id, trip.shipment().id(), message, 1));
    }
}
