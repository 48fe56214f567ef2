package io.transitplanner.solver.justification;

import java.time.LocalDate;

/** More TEU departing a node in one UTC day than it can handle. */
public record ThroughputExceeded(String node, LocalDate day, long teu, long capacity) implements Described {
    @Override
    public String description() {
        return teu + " TEU depart " + node + " on " + day + ", over its throughput of " + capacity + " TEU that day.";
    }
}
