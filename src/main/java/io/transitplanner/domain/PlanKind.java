package io.transitplanner.domain;

/**
 * How a plan version came about: a solve from scratch, a replan starting from the published plan, or a solve of a
 * what-if (a copy of the live scenario with changes), which is never published.
 */
public enum PlanKind {
    SOLVE,
    REPLAN,
    WHAT_IF
}
