package io.transitplanner.solver.justification;

import java.time.Instant;

/** More TEU entering a country in one period than its quota allows. */
public record QuotaExceeded(String country, String period, Instant periodStart, long teu, long maxTeu)
        implements Described {
    @Override
    public String description() {
        return teu + " TEU enter " + country + " in the " + period.toLowerCase() + " from " + periodStart
                + ", over its quota of " + maxTeu + " TEU.";
    }
}
