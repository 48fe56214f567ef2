package io.transitplanner.solver.justification;

import java.time.Instant;

/** More TEU or tonnes on one departure than it can carry. */
public record DepartureOverloaded(String lane, Instant departure, String unit, long load, long capacity)
        implements Described {
    @Override
    public String description() {
        return lane + " departing " + departure + " carries " + load + " " + unit + ", over its capacity of " + capacity
                + " " + unit + ".";
    }
}
