package io.transitplanner.domain;

/**
 * A cap on the TEU that may enter a country in one period.
 *
 * @param nation only shipments of this nation count; {@code null} for all
 * @param cargoClass only shipments of this class count; {@code null} for all
 */
public record Quota(
        String country, QuotaPeriod period, int maxTeu, String nation, CargoClass cargoClass, String note) {}
