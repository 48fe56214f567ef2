package io.transitplanner.domain;

/** How a plan version came about: a solve from scratch, or a replan starting from the published plan. */
public enum PlanKind {
    SOLVE,
    REPLAN
}
