package io.transitplanner.solver;

import java.util.Comparator;

/** Harder first when sorted decreasing: urgent heavy shipments, then those with few ways home. */
public class ShipmentDifficulty implements Comparator<PlannedShipment> {
    private static final Comparator<PlannedShipment> ORDER = Comparator.comparingLong((PlannedShipment s) ->
                    (long) s.getShipment().priorityWeight() * s.getShipment().teu())
            .thenComparing(s -> -s.getCandidates().size())
            .thenComparing(PlannedShipment::getId, Comparator.reverseOrder());

    @Override
    public int compare(PlannedShipment a, PlannedShipment b) {
        return ORDER.compare(a, b);
    }
}
