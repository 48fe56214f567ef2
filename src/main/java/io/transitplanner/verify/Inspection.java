package io.transitplanner.verify;

import java.util.List;

/**
 * A verdict and the verifier's own view of the plan behind it.
 *
 * @param trips every shipment of the scenario, in the scenario's order, with the legs it is checked and scored with
 * @param loads what the plan puts on lane departures, node days and quota periods
 */
public record Inspection(Verdict verdict, Network network, Scoring scoring, List<Trip> trips, Loads loads) {
    public Inspection {
        trips = List.copyOf(trips);
    }
}
