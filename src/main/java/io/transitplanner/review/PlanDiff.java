package io.transitplanner.review;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.verify.Inspection;
import io.transitplanner.verify.PlanVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed from one plan to another: the shipments whose legs differ (by id), how many kept theirs, and each level
 * of the score, every plan scored by the verifier against its own scenario.
 *
 * @param moved the shipments whose legs differ, by id
 * @param unchanged how many shipments kept exactly the same legs
 */
public record PlanDiff(
        List<ShipmentChange> moved, int unchanged, ScoreChange hard, ScoreChange medium, ScoreChange soft) {

    public PlanDiff {
        moved = List.copyOf(moved);
    }

    /** Two plans of one scenario. */
    public static PlanDiff between(Scenario scenario, Plan before, Plan after) {
        return between(scenario, before, scenario, after);
    }

    /**
     * Two plans of two scenarios, such as a plan and its replan after a disruption: each plan is scored against its
     * own scenario, and a shipment of only one scenario is unplanned, with no legs, in the other.
     */
    public static PlanDiff between(Scenario beforeScenario, Plan before, Scenario afterScenario, Plan after) {
        Inspection first = PlanVerifier.inspect(beforeScenario, before);
        Inspection second = PlanVerifier.inspect(afterScenario, after);
        Assessed was = Assessed.of(first);
        Assessed now = Assessed.of(second);
        PlanScore beforeScore = first.verdict().score();
        PlanScore afterScore = second.verdict().score();
        TreeSet<String> ids = new TreeSet<>();
        was.sorted().forEach(a -> ids.add(a.shipmentId()));
        now.sorted().forEach(a -> ids.add(a.shipmentId()));
        List<ShipmentChange> moved = new ArrayList<>();
        int unchanged = 0;
        for (String id : ids) {
            ShipmentAssignment b = was.get(id);
            ShipmentAssignment a = now.get(id);
            List<Leg> beforeLegs = b == null ? List.of() : b.legs();
            List<Leg> afterLegs = a == null ? List.of() : a.legs();
            if (beforeLegs.equals(afterLegs)) {
                unchanged++;
                continue;
            }
            AssignmentStatus beforeStatus = b == null ? AssignmentStatus.UNPLANNED : b.status();
            AssignmentStatus afterStatus = a == null ? AssignmentStatus.UNPLANNED : a.status();
            moved.add(new ShipmentChange(
                    id,
                    beforeLegs,
                    b == null ? null : b.eta(),
                    beforeStatus,
                    afterLegs,
                    a == null ? null : a.eta(),
                    afterStatus,
                    kind(beforeStatus, beforeLegs, afterStatus, afterLegs)));
        }
        return new PlanDiff(
                moved,
                unchanged,
                ScoreChange.of(beforeScore.hard(), afterScore.hard()),
                ScoreChange.of(beforeScore.medium(), afterScore.medium()),
                ScoreChange.of(beforeScore.soft(), afterScore.soft()));
    }

    private static ChangeKind kind(
            AssignmentStatus beforeStatus, List<Leg> beforeLegs, AssignmentStatus afterStatus, List<Leg> afterLegs) {
        if (!beforeStatus.delivered() && afterStatus.delivered()) {
            return ChangeKind.NEWLY_PLANNED;
        }
        if (beforeStatus.delivered() && !afterStatus.delivered()) {
            return ChangeKind.UNPLANNED;
        }
        return lanes(beforeLegs).equals(lanes(afterLegs)) ? ChangeKind.RETIMED : ChangeKind.REROUTED;
    }

    private static List<String> lanes(List<Leg> legs) {
        return legs.stream().map(Leg::lane).map(Objects::requireNonNull).toList();
    }
}
