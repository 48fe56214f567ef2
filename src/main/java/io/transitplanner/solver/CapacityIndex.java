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

    /** What one itinerary draws: {@code amounts[i]} of capacity {@code resources[i]}. */
    record Footprint(int[] resources, long[] amounts) {}

    private final long[] capacities;
    private final List<String> names;
    private final Map<Itinerary, Footprint> footprints = new IdentityHashMap<>();
    private final List<List<Itinerary>> preferred;
    private final Map<String, Integer> shipmentIndex = new HashMap<>();

    private record Grams(DepartureSlot slot) {}

    CapacityIndex(List<PlannedShipment> shipments) {
        Map<Object, Integer> ids = new HashMap<>();
        List<Long> caps = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        preferred = new ArrayList<>(shipments.size());
        for (int s = 0; s < shipments.size(); s++) {
            PlannedShipment shipment = shipments.get(s);
            shipmentIndex.put(shipment.getId(), s);
            List<Itinerary> all = new ArrayList<>(shipment.getCandidates());
            if (shipment.getItinerary() != null && !footprints.containsKey(shipment.getItinerary())) {
                // a plan loaded from elsewhere may choose an itinerary outside the candidates
                all.add(shipment.getItinerary());
            }
            for (Itinerary itinerary : all) {
                if (footprints.containsKey(itinerary)) {
                    continue;
                }
                List<int[]> draws = new ArrayList<>();
                List<Long> amounts = new ArrayList<>();
                for (LegUse leg : itinerary.legs()) {
                    DepartureSlot slot = leg.slot();
                    add(ids, caps, labels, slot, slot.capacityTeu(), slot.lane() + "@" + slot.departure(), draws);
                    amounts.add((long) leg.teu());
                    if (slot.limitsWeight()) {
                        add(
                                ids,
                                caps,
                                labels,
                                new Grams(slot),
                                slot.capacityGrams(),
                                slot.lane() + "@" + slot.departure() + " tonnes",
                                draws);
                        amounts.add(leg.grams());
                    }
                    if (leg.fromDay() != null) {
                        NodeDay day = leg.fromDay();
                        add(ids, caps, labels, day, day.capacityTeu(), day.node() + " " + day.day(), draws);
                        amounts.add((long) leg.teu());
                    }
                }
                for (QuotaEntry entry : itinerary.quotaEntries()) {
                    QuotaPeriodSlot q = entry.slot();
                    add(
                            ids,
                            caps,
                            labels,
                            q,
                            q.quota().maxTeu(),
                            "quota " + q.quota().country() + " " + q.periodStart(),
                            draws);
                    amounts.add((long) entry.teu());
                }
                int[] r = new int[draws.size()];
                long[] a = new long[draws.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = draws.get(i)[0];
                    a[i] = amounts.get(i);
                }
                footprints.put(itinerary, new Footprint(r, a));
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
    }

    private static void add(
            Map<Object, Integer> ids,
            List<Long> caps,
            List<String> labels,
            Object key,
            long capacity,
            String label,
            List<int[]> draws) {
        Integer id = ids.get(key);
        if (id == null) {
            id = caps.size();
            ids.put(key, id);
            caps.add(capacity);
            labels.add(label);
        }
        draws.add(new int[] {id});
    }

    /** The index of one shipment's problem (builds it the first time, then keeps it with the problem). */
    public static CapacityIndex of(TransitSolution solution) {
        return solution.capacityIndex();
    }

    int resourceCount() {
        return capacities.length;
    }

    long capacity(int resource) {
        return capacities[resource];
    }

    String name(int resource) {
        return names.get(resource);
    }

    Footprint footprint(Itinerary itinerary) {
        Footprint f = footprints.get(itinerary);
        if (f == null) {
            throw new IllegalArgumentException("not a candidate of this problem: " + itinerary);
        }
        return f;
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
