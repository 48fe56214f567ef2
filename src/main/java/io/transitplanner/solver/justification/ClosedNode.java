package io.transitplanner.solver.justification;

import java.time.Instant;

/** A leg departs from or arrives at a node while it is closed. */
public record ClosedNode(String shipment, String lane, String node, Instant at, Instant closedFrom, Instant closedTo)
        implements Described {
    @Override
    public String description() {
        return "Shipment " + shipment + " uses " + node + " at " + at + " on " + lane + " but it is closed from "
                + closedFrom + " to " + closedTo + ".";
    }
}
