package io.transitplanner.domain;

import java.time.Instant;

/** The best score of a solve at one moment. */
public record PlanProgress(Instant at, long elapsedMillis, PlanScore score) {}
