package io.transitplanner.solver.justification;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Mode;
import java.time.Instant;

/** A leg crosses a country that does not allow this nation, cargo class or mode at that time. */
public record NotPermitted(
        String shipment,
        String lane,
        String country,
        String nation,
        CargoClass cargoClass,
        Mode mode,
        Instant departure)
        implements Described {
    @Override
    public String description() {
        return country + " does not allow " + cargoClass + " cargo of " + nation + " by " + mode + " at " + departure
                + ": shipment " + shipment + " may not take " + lane + ".";
    }
}
