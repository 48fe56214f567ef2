package io.transitplanner.domain;

/**
 * Where a plan version is in its life: created (DRAFT), being solved (SOLVING), solved (READY), the one nations are
 * told about (PUBLISHED), replaced by a later publication (SUPERSEDED), or broken off by an error (FAILED).
 */
public enum PlanStatus {
    DRAFT,
    SOLVING,
    READY,
    PUBLISHED,
    SUPERSEDED,
    FAILED
}
