package io.transitplanner.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A state's consent to carry some cargo through it.
 *
 * @param modes the modes allowed; {@code null} for every mode
 * @param nations the nations allowed; {@code null} for every nation
 * @param validFrom first instant it holds (inclusive); {@code null} for open
 * @param validTo instant it ends (exclusive); {@code null} for open
 */
public record Permission(
        String country,
        Set<CargoClass> cargoClasses,
        Set<Mode> modes,
        Set<String> nations,
        Instant validFrom,
        Instant validTo,
        String note) {

    public Permission {
        cargoClasses = Set.copyOf(cargoClasses);
        modes = modes == null ? null : Set.copyOf(modes);
        nations = nations == null ? null : Set.copyOf(nations);
    }
}
