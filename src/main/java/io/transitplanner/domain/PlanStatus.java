package io.transitplanner.domain;

/** Whether a plan is still being worked on or is the one nations are told about. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED
}
