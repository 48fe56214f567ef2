package io.transitplanner.rest.dto;

import io.transitplanner.replay.ReplayReport;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored plan of a drawdown scenario held against the published historical figures. */
@Schema(
        name = "ReplayReport",
        description = "Air loads by aircraft, containers by route, the closure split and the"
                + " side-by-side table with history (difference in percent of the historical figure)")
public record ReplayResponse(
        long planId,
        String scenario,
        @Schema(description = "The road closure the split is counted at") Instant closure,
        List<AirLoads> airLoads,
        int airLoadsTotal,
        Containers containers,
        long costUsd,
        @Schema(description = "Loads of the largest aircraft that would carry the stranded containers")
                int airLoadsToFlyStranded,
        List<Comparison> history) {

    /** Loads of one aircraft type. */
    public record AirLoads(String aircraft, List<String> lanes, int loads, int teu, double tons) {}

    /** Where the containers went. */
    public record Containers(
            int total,
            int byRoad,
            int byAir,
            int undelivered,
            int groundRoute,
            int outBeforeClosure,
            int crossAfterClosure,
            int flownBeforeClosure,
            int flownAfterClosure,
            int stuck,
            int unplanned,
            int notOutAtClosure,
            int stranded) {}

    /** One figure beside the published one. */
    public record Comparison(String figure, int historical, int model, double differencePercent) {}

    public static ReplayResponse from(long planId, ReplayReport r) {
        ReplayReport.Containers c = r.containers();
        return new ReplayResponse(
                planId,
                r.scenario(),
                r.closure(),
                r.airLoads().stream()
                        .map(a -> new AirLoads(a.aircraft(), a.lanes(), a.loads(), a.teu(), a.tons()))
                        .toList(),
                r.airLoadsTotal(),
                new Containers(
                        c.total(),
                        c.byRoad(),
                        c.byAir(),
                        c.undelivered(),
                        c.groundRoute(),
                        c.outBeforeClosure(),
                        c.crossAfterClosure(),
                        c.flownBeforeClosure(),
                        c.flownAfterClosure(),
                        c.stuck(),
                        c.unplanned(),
                        c.notOutAtClosure(),
                        c.stranded()),
                r.costUsd(),
                r.airLoadsToFlyStranded(),
                r.history().stream()
                        .map(h -> new Comparison(h.figure(), h.historical(), h.model(), h.differencePercent()))
                        .toList());
    }
}
