package io.transitplanner.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a new plan differs from the published one, in counts of shipments (by their id in the scenario).
 *
 * @param moved delivered by both, on different legs
 * @param unchanged the same legs in both
 * @param newlyPlanned delivered by the new plan, not by the published one (or not in it)
 * @param newlyUnplanned delivered by the published plan, not by the new one
 * @param unplanned not delivered by the new plan
 * @param dropped in the published plan, not in the new one (cancelled or delivered meanwhile)
 */
public record PlanChanges(int moved, int unchanged, int newlyPlanned, int newlyUnplanned, int unplanned, int dropped) {

    /** {@code delivered} names the shipments of each plan whose legs reach their destination. */
    public static PlanChanges between(
            Plan published, Set<String> deliveredBefore, Plan next, Set<String> deliveredNow) {
        Map<String, List<Leg>> before = new HashMap<>();
        published.assignments().forEach(a -> before.putIfAbsent(a.shipment(), a.legs()));
        int moved = 0;
        int unchanged = 0;
        int newlyPlanned = 0;
        int newlyUnplanned = 0;
        int unplanned = 0;
        for (Assignment a : next.assignments()) {
            boolean now = deliveredNow.contains(a.shipment());
            boolean was = deliveredBefore.contains(a.shipment());
            if (!now) {
                unplanned++;
                if (was) {
                    newlyUnplanned++;
                }
            } else if (!was) {
                newlyPlanned++;
            } else if (a.legs().equals(before.get(a.shipment()))) {
                unchanged++;
            } else {
                moved++;
            }
        }
        Set<String> ids = next.assignments().stream().map(Assignment::shipment).collect(Collectors.toSet());
        int dropped =
                (int) before.keySet().stream().filter(id -> !ids.contains(id)).count();
        return new PlanChanges(moved, unchanged, newlyPlanned, newlyUnplanned, unplanned, dropped);
    }

    public String text() {
        return String.format(
                "changes     %d moved, %d unchanged, %d newly planned, %d newly unplanned, %d unplanned in all,"
                        + " %d no longer in the plan",
                moved, unchanged, newlyPlanned, newlyUnplanned, unplanned, dropped);
    }
}
