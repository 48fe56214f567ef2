package io.transitplanner.domain;

/**
 * How good a plan is, compared lexicographically, higher being better.
 *
 * @param hard 0 for a valid plan, negative by how badly the rules are broken
 * @param medium minus the priority-weighted lateness in TEU-hours
 * @param soft minus the transport cost in US dollars
 */
public record PlanScore(long hard, long medium, long soft) implements Comparable<PlanScore> {

    public boolean isFeasible() {
        return hard == 0;
    }

    @Override
    public int compareTo(PlanScore other) {
        int c = Long.compare(hard, other.hard);
        if (c != 0) {
            return c;
        }
        c = Long.compare(medium, other.medium);
        return c != 0 ? c : Long.compare(soft, other.soft);
    }

    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
