package io.transitplanner.review;

/** What became of one possible route of a shipment, given the rules and the other shipments' loads. */
public enum RouteVerdict {
    /** A rule removes it whatever the timing: a permission, the lane's size limit, a closure over every departure. */
    RULED_OUT,
    /** Every departure it could use is full: lane departures, node days or quota periods. */
    FULL,
    /** It cannot reach the destination before the horizon ends. */
    TOO_LATE,
    /** It was open: a timing exists that breaks no rule and fits beside the other shipments. */
    FEASIBLE
}
