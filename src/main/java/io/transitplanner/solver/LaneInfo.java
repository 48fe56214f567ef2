package io.transitplanner.solver;

import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A lane as the solver sees it: its ends resolved, its countries and its departures inside the horizon. */
public final class LaneInfo {
    private final Lane lane;
    private final Node from;
    private final Node to;
    private final Set<String> countries;
    private final Instant[] departures;
    private Hop[] hops;

    public LaneInfo(Lane lane, Node from, Node to, List<Instant> departures) {
        this.lane = lane;
        this.from = from;
        this.to = to;
        this.countries = Set.copyOf(lane.countries(from.country(), to.country()));
        this.departures = departures.toArray(Instant[]::new);
    }

    public Lane lane() {
        return lane;
    }

    public String code() {
        return lane.code();
    }

    public Node from() {
        return from;
    }

    public Node to() {
        return to;
    }

    public Set<String> countries() {
        return countries;
    }

    /** True when the instant is one of the lane's departures inside the horizon (rule 2). */
    public boolean isDeparture(Instant instant) {
        return Arrays.binarySearch(departures, instant) >= 0;
    }

    /** Index of the first departure at or after the instant. */
    int firstDepartureIndexAtOrAfter(Instant instant) {
        int i = Arrays.binarySearch(departures, instant);
        return i >= 0 ? i : -i - 1;
    }

    int departureCount() {
        return departures.length;
    }

    Instant departure(int index) {
        return departures[index];
    }

    /** The shared leg of departure {@code index} (set once by the network index, before any candidate is built). */
    Hop hop(int index) {
        return hops[index];
    }

    void setHops(Hop[] hops) {
        this.hops = hops;
    }

    @Override
    public String toString() {
        return lane.code();
    }
}
