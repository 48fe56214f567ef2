package io.transitplanner.solver.justification;

import java.time.Instant;

/** A shipment delivered after its due date, or not delivered at all. */
public record Lateness(String shipment, int priority, int teu, Instant dueAt, Instant eta, long weightedHours)
        implements Described {
    @Override
    public String description() {
        String what = eta == null ? "is not delivered (counted as a week after the horizon)" : "arrives " + eta;
        return "Shipment " + shipment + " (priority " + priority + ", " + teu + " TEU) due " + dueAt + " " + what + ": "
                + weightedHours + " weighted TEU-hours late.";
    }
}
