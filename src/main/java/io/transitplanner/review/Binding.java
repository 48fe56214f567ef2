package io.transitplanner.review;

/** The rule or limit a reason names. */
public enum Binding {
    /** A transit permission (rule 4): by country, cargo class, mode, nation or validity. */
    PERMISSION,
    /** A closed node (rule 4): a node disruption of factor 0. */
    CLOSURE,
    /** The shipment alone is larger than one departure of the lane may carry (rule 6). */
    LANE_SIZE,
    /** Departures of a lane full with other shipments (rule 6). */
    LANE_CAPACITY,
    /** A node's daily throughput used by other shipments (rule 7). */
    NODE_THROUGHPUT,
    /** A quota's period used by other shipments (rule 8). */
    QUOTA,
    /** The timetables and handling times themselves: no earlier arrival exists. */
    SCHEDULE,
    /** The horizon ends before the journey can (section 1). */
    HORIZON,
    /** No chain of lanes links the places at all, within the solver's leg limit. */
    NETWORK,
    /** Nothing binds: a confirmation, or a route that was open. */
    NONE
}
