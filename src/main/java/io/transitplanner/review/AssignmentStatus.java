package io.transitplanner.review;

/** What a plan does with one shipment, as the score sees it. */
public enum AssignmentStatus {
    /** Its legs reach its destination by its due date. */
    PLANNED,
    /** Its legs reach its destination after its due date. */
    LATE,
    /** It has no legs. */
    UNPLANNED,
    /**
     * It has legs that stop short of its destination: in a valid plan, only its pinned legs. It counts as unplanned in
     * the score, and its legs still cost.
     */
    PINNED_ONLY;

    /** True for PLANNED and LATE: the shipment reaches its destination. */
    public boolean delivered() {
        return this == PLANNED || this == LATE;
    }
}
