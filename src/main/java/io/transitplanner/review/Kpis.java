package io.transitplanner.review;

/**
 * Indicators of a group of shipments, reported beside the score.
 *
 * @param key what the group is: a nation, a corridor, or {@code "all"}
 * @param planned shipments that reach their destination ({@code onTime + late})
 * @param unplanned shipments that do not (no legs, or only their pinned ones)
 * @param teu the TEU of every shipment of the group, planned or not
 * @param costUsd the cost of every leg of the group, pinned legs included
 * @param weightedLateness the group's share of minus the medium score
 */
public record Kpis(
        String key,
        int shipments,
        int planned,
        int onTime,
        int late,
        int unplanned,
        long teu,
        long costUsd,
        long weightedLateness) {}
