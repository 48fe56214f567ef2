package io.transitplanner.rest.dto;

import io.transitplanner.review.Kpis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Indicators of a group of shipments: a nation, a corridor, or all.")
public record GroupKpisDto(
        @Schema(description = "The nation, the corridor (such as AF-UZ-KZ-RU-LV; 'unplanned'), or 'all'") String key,
        int shipments,
        @Schema(description = "Reach their destination: onTime + late") int planned,
        int onTime,
        int late,
        @Schema(description = "No legs, or only their pinned ones") int unplanned,
        @Schema(description = "TEU of every shipment of the group, planned or not") long teu,
        @Schema(description = "US dollars over every leg, pinned legs included") long cost,
        @Schema(description = "Priority weight x TEU x hours late: the group's part of minus the medium score")
                long weightedLateness) {

    public static GroupKpisDto from(Kpis k) {
        return new GroupKpisDto(
                k.key(),
                k.shipments(),
                k.planned(),
                k.onTime(),
                k.late(),
                k.unplanned(),
                k.teu(),
                k.costUsd(),
                k.weightedLateness());
    }
}
