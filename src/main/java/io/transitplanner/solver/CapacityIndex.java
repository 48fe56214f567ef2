package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared capacities of one planning problem, numbered: the TEU and the tonnes of every departure a candidate
 * takes, the TEU of every node-day with a throughput and of every quota period a candidate enters. Each candidate
 * itinerary has a footprint (what it draws on which capacity), and each shipment its candidates in order of
 * preference (least weighted lateness, then least cost, the "unplanned" choice last). Built once per problem and
 * shared by every copy of it: it depends only on the candidates, never on the choices.
 */
public final class CapacityIndex {

    /**
     * What one itinerary draws: {@code amount(i)} of capacity {@code resources()[i]}. The resources are shared by
     * every itinerary of the same legs; the amounts are the shipment's TEU, or its grams on a tonnage capacity.
     */
    static final class Footprint {
        private final Draws draws;
        private final int teu;
        private final long grams;

        Footprint(Draws draws, int teu, long grams) {
            this.draws = draws;
            this.teu = teu;
            this.grams = grams;
        }

        int[] resources() {
            return draws.resources;
        }

        long amount(int i) {
            return draws.tonnes[i] ? grams : teu;
        }
    }

    /** The capacities some legs draw on, and which of them count tonnes (in grams) rather than TEU. */
    record Draws(int[] resources, boolean[] tonnes) {}

    private final long[] capacities;
    /** What each capacity is (its key), named only when asked: naming every one up front costs seconds. */
    private final List<Object> names;
    /** Draws of the legs after the pinned ones, per shared leg array (itineraries of shipments without pinned legs). */
    private final Map<Hop[], Draws> byChain = new IdentityHashMap<>();
    /** Draws of every other itinerary (pinned legs, plans loaded from elsewhere), one per itinerary. */
    private final Map<Itinerary, Draws> byItinerary = new IdentityHashMap<>();

    private final List<List<Itinerary>> preferred;
    private final Map<String, Integer> shipmentIndex = new HashMap<>();
    private final int[][] users;
    private final long[] dueHours;
    private final int[] byDue;
    private final int[] dueRank;

    private record Grams(DepartureSlot slot) {}

    CapacityIndex(List<PlannedShipment> shipments) {
        Map<Object, Integer> ids = new HashMap<>();
        List<Long> caps = new ArrayList<>();
        List<Object> labels = new ArrayList<>();
        preferred = new ArrayList<>(shipments.size());
        int[] lastUser = new int[1024];
        int[][] userLists = new int[1024][];
        int[] userCounts = new int[1024];
        for (int s = 0; s < shipments.size(); s++) {
            PlannedShipment shipment = shipments.get(s);
            shipmentIndex.put(shipment.getId(), s);
            List<Itinerary> all = new ArrayList<>(shipment.getCandidates());
            if (shipment.getItinerary() != null) {
                // a plan loaded from elsewhere may choose an itinerary outside the candidates
                all.add(shipment.getItinerary());
            }
            for (Itinerary itinerary : all) {
                boolean chainOnly = itinerary.size() == itinerary.chosenHops().length;
                Draws draws = chainOnly ? byChain.get(itinerary.chosenHops()) : byItinerary.get(itinerary);
                if (draws == null) {
                    draws = draws(itinerary, ids, caps, labels);
                    if (chainOnly) {
                        byChain.put(itinerary.chosenHops(), draws);
                    } else {
                        byItinerary.put(itinerary, draws);
                    }
                }
                // the shipment may use each of these capacities: it is one of their users, once
                for (int r : draws.resources()) {
                    if (r >= lastUser.length) {
                        int size = Math.max(r + 1, lastUser.length * 2);
                        int old = lastUser.length;
                        lastUser = java.util.Arrays.copyOf(lastUser, size);
                        userLists = java.util.Arrays.copyOf(userLists, size);
                        userCounts = java.util.Arrays.copyOf(userCounts, size);
                        java.util.Arrays.fill(lastUser, old, size, 0);
                    }
                    if (lastUser[r] != s + 1) {
                        lastUser[r] = s + 1;
                        int[] list = userLists[r];
                        if (list == null) {
                            list = userLists[r] = new int[4];
                        } else if (userCounts[r] == list.length) {
                            list = userLists[r] = java.util.Arrays.copyOf(list, list.length * 2);
                        }
                        list[userCounts[r]++] = s;
                    }
                }
            }
            List<Itinerary> order = new ArrayList<>(shipment.getCandidates());
            order.sort(Comparator.comparingLong(Itinerary::weightedLateness).thenComparingLong(Itinerary::cost));
            preferred.add(List.copyOf(order));
        }
        capacities = new long[caps.size()];
        for (int i = 0; i < capacities.length; i++) {
            capacities[i] = caps.get(i);
        }
        names = List.copyOf(labels);
        users = new int[capacities.length][];
        for (int r = 0; r < capacities.length; r++) {
            users[r] = userLists[r] == null ? new int[0] : java.util.Arrays.copyOf(userLists[r], userCounts[r]);
        }
        dueHours = new long[shipments.size()];
        for (int s = 0; s < dueHours.length; s++) {
            dueHours[s] = shipments.get(s).getShipment().dueAt().getEpochSecond() / 3600;
        }
        byDue = java.util.stream.IntStream.range(0, dueHours.length)
                .boxed()
                .sorted(Comparator.comparingLong((Integer s) -> dueHours[s]).thenComparingInt(s -> s))
                .mapToInt(Integer::intValue)
                .toArray();
        dueRank = new int[byDue.length];
        for (int i = 0; i < byDue.length; i++) {
            dueRank[byDue[i]] = i;
        }
    }

    /**
     * The shipments (by position, ascending) that some candidate of theirs draws on the capacity: the only ones that
     * can hold it, so a search for its holders looks at them rather than at every shipment.
     */
    int[] users(int resource) {
        return users[resource];
    }

    /** Shipment positions by due date (then position); {@link #dueRank} gives a shipment's place in it. */
    int[] byDue() {
        return byDue;
    }

    int dueRank(int shipment) {
        return dueRank[shipment];
    }

    /** The shipment's due date in whole hours since the epoch. */
    long dueHour(int shipment) {
        return dueHours[shipment];
    }

    /** Every capacity the itinerary's legs draw on: departures (TEU, tonnes), node-days and quota periods entered. */
    private static Draws draws(Itinerary itinerary, Map<Object, Integer> ids, List<Long> caps, List<Object> labels) {
        List<int[]> draws = new ArrayList<>();
        List<Boolean> tonnes = new ArrayList<>();
        for (int l = 0; l < itinerary.size(); l++) {
            Hop leg = itinerary.hop(l);
            DepartureSlot slot = leg.slot();
            add(ids, caps, labels, slot, slot.capacityTeu(), draws);
            tonnes.add(false);
            if (slot.limitsWeight()) {
                add(ids, caps, labels, new Grams(slot), slot.capacityGrams(), draws);
                tonnes.add(true);
            }
            if (leg.fromDay() != null) {
                NodeDay day = leg.fromDay();
                add(ids, caps, labels, day, day.capacityTeu(), draws);
                tonnes.add(false);
            }
        }
        for (QuotaEntry entry : itinerary.quotaEntries()) {
            QuotaPeriodSlot q = entry.slot();
            add(ids, caps, labels, q, q.quota().maxTeu(), draws);
            tonnes.add(false);
        }
        int[] r = new int[draws.size()];
        boolean[] t = new boolean[draws.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = draws.get(i)[0];
            t[i] = tonnes.get(i);
        }
        return new Draws(r, t);
    }

    private static void add(
            Map<Object, Integer> ids,
            List<Long> caps,
            List<Object> labels,
            Object key,
            long capacity,
            List<int[]> draws) {
        Integer id = ids.get(key);
        if (id == null) {
            id = caps.size();
            ids.put(key, id);
            caps.add(capacity);
            labels.add(key);
        }
        draws.add(new int[] {id});
    }

    int resourceCount() {
        return capacities.length;
    }

    long capacity(int resource) {
        return capacities[resource];
    }

    String name(int resource) {
        Object key = names.get(resource);
        if (key instanceof DepartureSlot slot) {
            return slot.lane() + "@" + slot.departure();
        }
        if (key instanceof Grams grams) {
            return grams.slot().lane() + "@" + grams.slot().departure() + " tonnes";
        }
        if (key instanceof NodeDay day) {
            return day.node() + " " + day.day();
        }
        QuotaPeriodSlot q = (QuotaPeriodSlot) key;
        return "quota " + q.quota().country() + " " + q.periodStart();
    }

    Footprint footprint(Itinerary itinerary) {
        Draws draws = itinerary.size() == itinerary.chosenHops().length
                ? byChain.get(itinerary.chosenHops())
                : byItinerary.get(itinerary);
        if (draws == null) {
            throw new IllegalArgumentException("not a candidate of this problem: " + itinerary);
        }
        return new Footprint(draws, itinerary.cargo().teu(), itinerary.cargo().grams());
    }

    /** The candidates of the shipment at that position, least lateness then least cost first. */
    List<Itinerary> preferred(int shipment) {
        return preferred.get(shipment);
    }

    int shipmentIndex(String id) {
        return shipmentIndex.get(id);
    }

    /** What the given choices book on each capacity (a {@code null} choice books nothing). */
    Bookings bookings(List<PlannedShipment> shipments) {
        Bookings bookings = new Bookings(this);
        for (PlannedShipment s : shipments) {
            if (s.getItinerary() != null) {
                bookings.book(s.getItinerary());
            }
        }
        return bookings;
    }
}
