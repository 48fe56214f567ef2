package io.transitplanner.domain;

import java.util.List;

/**
 * A plan's score taken apart by constraint: what each constraint costs, how often it matched, and its heaviest
 * matches described in words.
 */
public record ScoreAnalysis(PlanScore score, List<ConstraintScore> constraints) {
    public ScoreAnalysis {
        constraints = List.copyOf(constraints);
    }

    /** One constraint's part of the score. */
    public record ConstraintScore(String constraint, PlanScore score, int matchCount, List<Match> topMatches) {
        public ConstraintScore {
            topMatches = List.copyOf(topMatches);
        }
    }

    /** One match of a constraint: what it costs and why. */
    public record Match(PlanScore score, String description) {}
}
