package io.transitplanner.solver;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One way a shipment may travel: its legs in order (pinned legs first), or only its pinned legs, or none.
 * Immutable; the lateness and cost of the choice are computed once, when it is built.
 */
public final class Itinerary {
    private final Shipment shipment;
    private final NetworkIndex network;
    private final List<LegUse> legs;
    private final boolean delivered;
    private final long weightedLateness;
    private final long cost;

    Itinerary(Shipment shipment, NetworkIndex network, List<LegUse> legs) {
        this.shipment = shipment;
        this.network = network;
        this.legs = List.copyOf(legs);
        this.delivered = !legs.isEmpty() && legs.get(legs.size() - 1).toNode().equals(shipment.destination());
        long lateHours = delivered
                ? Math.max(
                        0, ceilHours(shipment.dueAt(), legs.get(legs.size() - 1).arrival()))
                : Math.max(168, ceilHours(shipment.dueAt(), network.horizon().end()) + 168);
        this.weightedLateness = (long) shipment.priorityWeight() * shipment.teu() * lateHours;
        long perTeu = 0;
        for (LegUse leg : legs) {
            perTeu += leg.lane().lane().costPerTeu();
        }
        this.cost = perTeu * shipment.teu();
    }

    /** Whole hours from {@code from} to {@code to}, rounded up (negative when {@code to} is earlier). */
    static long ceilHours(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return -Math.floorDiv(-seconds, 3600L);
    }

    public Shipment shipment() {
        return shipment;
    }

    public List<LegUse> legs() {
        return legs;
    }

    /** True when the last leg reaches the destination. */
    public boolean delivered() {
        return delivered;
    }

    /** Priority weight x TEU x hours late, as the medium score counts it (unplanned = a week after the horizon). */
    public long weightedLateness() {
        return weightedLateness;
    }

    /** US dollars: TEU x cost per TEU over every leg, pinned legs included. */
    public long cost() {
        return cost;
    }

    public Instant eta() {
        return delivered ? legs.get(legs.size() - 1).arrival() : null;
    }

    /** The legs in the exchange form. */
    public List<Leg> toLegs() {
        return legs.stream()
                .map(l -> new Leg(l.lane().code(), l.departure(), l.arrival()))
                .toList();
    }

    /** Every country each chosen (not pinned) leg touches, for the transit permission rule. */
    public List<LegCountry> chosenLegCountries() {
        List<LegCountry> result = new ArrayList<>();
        for (LegUse leg : legs) {
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
        if (!network.hasQuotas()) {
            return List.of();
        }
        List<QuotaEntry> result = new ArrayList<>();
        Set<String> previous = Set.of(network.node(shipment.origin()).country());
        for (LegUse leg : legs) {
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
        if (legs.isEmpty()) {
            return shipment.id() + ": unplanned";
        }
        StringBuilder sb = new StringBuilder(shipment.id()).append(':');
        for (LegUse leg : legs) {
            sb.append(' ').append(leg.lane().code()).append('@').append(leg.departure());
        }
        return sb.append(delivered ? "" : " (stops)").toString();
    }
}
