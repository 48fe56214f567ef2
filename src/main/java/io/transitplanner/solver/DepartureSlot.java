package io.transitplanner.solver;

import java.time.Instant;

/**
 * One departure of one lane with its capacity after disruptions.
 *
 * @param capacityGrams tonnage capacity in grams, {@link Long#MAX_VALUE} when the lane limits TEU only
 */
public record DepartureSlot(String lane, Instant departure, int capacityTeu, long capacityGrams) {

    public boolean limitsWeight() {
        return capacityGrams != Long.MAX_VALUE;
    }
}
