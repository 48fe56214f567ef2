package io.transitplanner.review;

/** How a shipment's assignment changed from one plan to the next. */
public enum ChangeKind {
    /** It did not reach its destination before, and does now. */
    NEWLY_PLANNED,
    /** It reached its destination before, and does not now. */
    UNPLANNED,
    /** Its lanes changed. */
    REROUTED,
    /** Its lanes are the same, some departure changed. */
    RETIMED
}
