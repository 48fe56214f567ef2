package io.transitplanner.solver;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Turns a solved planning problem into a plan in the domain's terms, one assignment per shipment in input order. */
public final class PlanExtractor {

    private PlanExtractor() {}

    public static Plan plan(TransitSolution solution) {
        List<Assignment> assignments = solution.getShipments().stream()
                .map(s -> new Assignment(
                        s.getId(),
                        s.getItinerary() == null ? List.of() : s.getItinerary().toLegs()))
                .toList();
        return new Plan(solution.getScenarioName(), score(solution.getScore()), assignments);
    }

    public static PlanScore score(HardMediumSoftLongScore score) {
        if (score == null) {
            return null;
        }
        return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore());
    }
}
