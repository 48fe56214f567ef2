package io.transitplanner.review;

import io.transitplanner.domain.Leg;
import java.time.Instant;
import java.util.List;

/**
 * One possible route of a shipment (a simple path of lanes from where it stands to its destination) and its verdict.
 *
 * @param path the nodes it passes, such as {@code "OB1 > ULY > RIX > HGB"}
 * @param earliestEta the earliest arrival its timetables and handling times allow, ignoring every rule and load;
 *     {@code null} when even that misses the horizon
 * @param legs for a FEASIBLE route, its earliest open timing (after any pinned legs); empty otherwise
 * @param eta the arrival of those legs, {@code null} unless FEASIBLE
 */
public record RouteOption(
        List<String> lanes,
        String path,
        RouteVerdict verdict,
        List<Reason> reasons,
        Instant earliestEta,
        List<Leg> legs,
        Instant eta) {

    public RouteOption {
        lanes = List.copyOf(lanes);
        reasons = List.copyOf(reasons);
        legs = List.copyOf(legs);
    }
}
