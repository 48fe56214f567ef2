package io.transitplanner.domain;

import java.util.List;

/** A plan for a scenario: exactly one assignment per shipment, and the score its author claims. */
public record Plan(String scenario, PlanScore score, List<Assignment> assignments) {
    public Plan {
        assignments = List.copyOf(assignments);
    }
}
