package io.transitplanner.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A scheduled service from one node to another by one mode.
 *
 * @param capacityTons most tonnes on one departure; {@code null} when only TEU limit it
 * @param costPerTeu US dollars charged per TEU carried on one departure
 * @param transits countries crossed or overflown besides those of the two ends
 * @param note where the numbers come from (optional)
 */
public record Lane(
        String code,
        String from,
        String to,
        Mode mode,
        int transitHours,
        int capacityTeu,
        Double capacityTons,
        int costPerTeu,
        List<String> transits,
        Schedule schedule,
        String note) {

    public Lane {
        transits = transits == null ? List.of() : List.copyOf(transits);
    }

    /** The countries of a leg on this lane: those of both ends and every transit country. */
    public Set<String> countries(String fromCountry, String toCountry) {
        Set<String> countries = new LinkedHashSet<>();
        countries.add(fromCountry);
        countries.add(toCountry);
        countries.addAll(transits);
        return countries;
    }
}
