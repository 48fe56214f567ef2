package io.transitplanner.review;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import io.transitplanner.verify.Inspection;
import io.transitplanner.verify.Network;
import io.transitplanner.verify.Scoring;
import io.transitplanner.verify.Trip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every shipment of an inspected plan as a {@link ShipmentAssignment}, indexed by id; built once per plan. */
final class Assessed {
    static final String UNPLANNED_CORRIDOR = "unplanned";

    private final List<ShipmentAssignment> sorted;
    private final Map<String, ShipmentAssignment> byId;
    private final Map<String, Trip> trips;

    private Assessed(List<ShipmentAssignment> sorted, Map<String, ShipmentAssignment> byId, Map<String, Trip> trips) {
        this.sorted = sorted;
        this.byId = byId;
        this.trips = trips;
    }

    static Assessed of(Inspection inspection) {
        Network network = inspection.network();
        Scoring scoring = inspection.scoring();
        List<ShipmentAssignment> all = new ArrayList<>(inspection.trips().size());
        Map<String, ShipmentAssignment> byId = new HashMap<>();
        Map<String, Trip> trips = new HashMap<>();
        for (Trip trip : inspection.trips()) {
            ShipmentAssignment assignment = assess(network, scoring, trip);
            all.add(assignment);
            byId.put(assignment.shipmentId(), assignment);
            trips.put(assignment.shipmentId(), trip);
        }
        all.sort(Comparator.comparing(ShipmentAssignment::shipmentId));
        return new Assessed(List.copyOf(all), byId, trips);
    }

    static ShipmentAssignment assess(Network network, Scoring scoring, Trip trip) {
        Shipment s = trip.shipment();
        boolean delivered = scoring.delivered(trip);
        long lateHours = scoring.lateHours(trip);
        AssignmentStatus status;
        if (delivered) {
            status = lateHours == 0 ? AssignmentStatus.PLANNED : AssignmentStatus.LATE;
        } else {
            status = trip.legs().isEmpty() ? AssignmentStatus.UNPLANNED : AssignmentStatus.PINNED_ONLY;
        }
        Instant eta = delivered ? trip.legs().get(trip.legs().size() - 1).arrival() : null;
        return new ShipmentAssignment(
                s.id(),
                s.nation(),
                s.cargoClass(),
                s.teu(),
                s.weightTons(),
                s.priority(),
                status,
                trip.legs(),
                eta,
                s.dueAt(),
                lateHours,
                scoring.weightedLateness(trip),
                scoring.cost(trip),
                delivered ? corridor(network, trip.legs()) : UNPLANNED_CORRIDOR);
    }

    /** The countries the legs cross, in order (from, transits, to of each leg), without repeating a neighbour. */
    static String corridor(Network network, List<Leg> legs) {
        List<String> countries = new ArrayList<>();
        for (Leg leg : legs) {
            Lane lane = network.lane(leg.lane());
            if (lane == null) {
                continue;
            }
            List<String> crossed = new ArrayList<>();
            crossed.add(network.country(lane.from()));
            crossed.addAll(lane.transits());
            crossed.add(network.country(lane.to()));
            for (String country : crossed) {
                if (country != null
                        && (countries.isEmpty()
                                || !countries.get(countries.size() - 1).equals(country))) {
                    countries.add(country);
                }
            }
        }
        return String.join("-", countries);
    }

    /** Every shipment, by id. */
    List<ShipmentAssignment> sorted() {
        return sorted;
    }

    ShipmentAssignment get(String shipmentId) {
        return byId.get(shipmentId);
    }

    Trip trip(String shipmentId) {
        return trips.get(shipmentId);
    }
}
