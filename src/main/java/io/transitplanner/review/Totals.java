package io.transitplanner.review;

import io.transitplanner.domain.PlanScore;

/**
 * The indicators over all shipments, and the score as the verifier recomputes it.
 *
 * @param valid true when the plan breaks no rule
 */
public record Totals(Kpis kpis, PlanScore score, boolean valid) {}
