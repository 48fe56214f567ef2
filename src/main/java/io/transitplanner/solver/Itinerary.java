package io.transitplanner.solver;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One way a shipment may travel: its legs in order (pinned legs first), or only its pinned legs, or none.
 * Immutable and small, because a large problem holds millions of them: the shipment's {@link Cargo} and pinned legs
 * are shared by all its candidates, and the legs it chooses are an array of shared {@link Hop}s that every shipment
 * of the same origin, destination, nation and cargo class taking the same departures shares too. The weighted
 * lateness is computed once, when it is built; the rest is derived from the hops when asked.
 */
public final class Itinerary {
    private final Cargo cargo;
    private final Hop[] pinned;
    private final Hop[] chosen;
    private final long weightedLateness;

    /**
     * @param pinned the legs kept first (the shipment's pinned legs, or none for a plan whose legs are all in
     *     {@code chosen})
     * @param chosen the legs after them; never modified, and possibly shared with other itineraries
     */
    Itinerary(Cargo cargo, Hop[] pinned, Hop[] chosen) {
        this.cargo = cargo;
        this.pinned = pinned;
        this.chosen = chosen;
        Shipment shipment = cargo.shipment();
        Hop last = size() == 0 ? null : hop(size() - 1);
        boolean reaches = last != null && last.toNode().equals(shipment.destination());
        long lateHours = reaches
                ? Math.max(0, ceilHours(shipment.dueAt(), last.arrival()))
                : Math.max(
                        168,
                        ceilHours(shipment.dueAt(), cargo.network().horizon().end()) + 168);
        this.weightedLateness = (long) shipment.priorityWeight() * shipment.teu() * lateHours;
    }

    /** Whole hours from {@code from} to {@code to}, rounded up (negative when {@code to} is earlier). */
    static long ceilHours(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return -Math.floorDiv(-seconds, 3600L);
    }

    public Shipment shipment() {
        return cargo.shipment();
    }

    Cargo cargo() {
        return cargo;
    }

    /** How many legs, pinned ones included. */
    int size() {
        return pinned.length + chosen.length;
    }

    /** Leg {@code i}, pinned legs first. */
    Hop hop(int i) {
        return i < pinned.length ? pinned[i] : chosen[i - pinned.length];
    }

    /** The legs after the pinned ones, shared: never modify. */
    Hop[] chosenHops() {
        return chosen;
    }

    /** True when the legs before {@link #chosenHops()} are the shipment's pinned legs, shared by its candidates. */
    boolean sharesPinnedLegs() {
        return pinned == cargo.pinned();
    }

    /** The legs as this shipment's uses of them (made anew on each call: they are not kept). */
    public List<LegUse> legs() {
        int n = size();
        if (n == 0) {
            return List.of();
        }
        LegUse[] uses = new LegUse[n];
        for (int i = 0; i < n; i++) {
            uses[i] = hop(i).use(cargo);
        }
        return Arrays.asList(uses);
    }

    /** True when the last leg reaches the destination. */
    public boolean delivered() {
        int n = size();
        return n > 0 && hop(n - 1).toNode().equals(cargo.shipment().destination());
    }

    /** Priority weight x TEU x hours late, as the medium score counts it (unplanned = a week after the horizon). */
    public long weightedLateness() {
        return weightedLateness;
    }

    /** US dollars: TEU x cost per TEU over every leg, pinned legs included. */
    public long cost() {
        long perTeu = 0;
        for (Hop hop : pinned) {
            perTeu += hop.lane().lane().costPerTeu();
        }
        for (Hop hop : chosen) {
            perTeu += hop.lane().lane().costPerTeu();
        }
        return perTeu * cargo.teu();
    }

    public Instant eta() {
        return delivered() ? hop(size() - 1).arrival() : null;
    }

    /** The legs in the exchange form. */
    public List<Leg> toLegs() {
        List<Leg> legs = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            Hop hop = hop(i);
            legs.add(new Leg(hop.lane().code(), hop.departure(), hop.arrival()));
        }
        return legs;
    }

    /** Every country each chosen (not pinned) leg touches, for the transit permission rule. */
    public List<LegCountry> chosenLegCountries() {
        Shipment shipment = cargo.shipment();
        List<LegCountry> result = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            Hop leg = hop(i);
            if (leg.pinned()) {
                continue;
            }
            for (String country : leg.lane().countries()) {
                result.add(new LegCountry(
                        shipment.id(),
                        leg.lane().code(),
                        country,
                        shipment.nation(),
                        shipment.cargoClass(),
                        leg.lane().lane().mode(),
                        leg.departure()));
            }
        }
        return result;
    }

    /** The shipment's entries into quota countries: a country of a leg that the previous leg did not touch. */
    public List<QuotaEntry> quotaEntries() {
        NetworkIndex network = cargo.network();
        if (!network.hasQuotas()) {
            return List.of();
        }
        Shipment shipment = cargo.shipment();
        List<QuotaEntry> result = new ArrayList<>();
        Set<String> previous = Set.of(network.node(shipment.origin()).country());
        for (int i = 0; i < size(); i++) {
            Hop leg = hop(i);
            for (String country : leg.lane().countries()) {
                if (!previous.contains(country)) {
                    network.addQuotaEntries(shipment, country, leg.departure(), result);
                }
            }
            previous = leg.lane().countries();
        }
        return result;
    }

    @Override
    public String toString() {
        Shipment shipment = cargo.shipment();
        if (size() == 0) {
            return shipment.id() + ": unplanned";
        }
        StringBuilder sb = new StringBuilder(shipment.id()).append(':');
        for (int i = 0; i < size(); i++) {
            Hop leg = hop(i);
            sb.append(' ').append(leg.lane().code()).append('@').append(leg.departure());
        }
        return sb.append(delivered() ? "" : " (stops)").toString();
    }
}
