package io.transitplanner.review;

import java.util.List;

/**
 * Why a shipment of a plan is where it is.
 *
 * @param summary one sentence
 * @param reasons the binding rules, places and times; for an on-time shipment a single confirmation
 * @param routes the routes weighed: for an unplanned shipment every possible one, for a late one those its
 *     timetables would let arrive earlier than planned; sorted by earliest possible arrival then path, at most
 *     {@link ShipmentExplainer#LISTED_ROUTES}
 * @param routesFound how many possible routes there are in all (the solver's leg limit applies)
 */
public record Explanation(
        String shipmentId,
        AssignmentStatus status,
        ShipmentAssignment assignment,
        String summary,
        List<Reason> reasons,
        List<RouteOption> routes,
        int routesFound) {

    public Explanation {
        reasons = List.copyOf(reasons);
        routes = List.copyOf(routes);
    }
}
