package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Ruin and recreate over a plan held as one itinerary per shipment (by position) with its bookings: takes out a group
 * of shipments that compete for the same capacity and puts them back best-first, each on its most preferred
 * candidate that still fits. Three ruins:
 * <ul>
 *   <li><b>seat</b>: a shipment that could be earlier or cheaper takes a better candidate; just enough of the
 *       shipments holding the departures, node-days or quota periods that candidate lacks are taken out to make room
 *       (now and then all of them), and put back wherever they fit best;
 *   <li><b>capacity</b>: the shipments on one capacity some shipment uses (a departure, a node-day, a quota period);
 *   <li><b>related</b>: a shipment and those most like it (same origin, same destination, close due dates).
 * </ul>
 * Shipments are put back in one of several orders chosen at random: earliest due date, most urgent priority, most
 * lateness saved per TEU of capacity, or at random; now and then a candidate that fits is skipped for the next one.
 * Every itinerary it gives fits beside the others, so a valid plan stays valid, and the change of lateness and cost
 * it reports is exact.
 */
final class Ruin {
    private static final int ATTEMPTS = 8;

    /** One proposal: shipments (by position) taken out and the itineraries they were put back on. */
    record Proposal(String kind, int[] shipments, Itinerary[] before, Itinerary[] after, long late, long cost) {}

    private final CapacityIndex index;
    private final List<PlannedShipment> shipments;
    private final Itinerary[] current;
    private final Bookings bookings;
    private final Random random;
    private final int maxRuin;
    private final int blinkPercent;
    /** Per capacity, the movable shipments whose current choice holds it; made on first use, kept with the plan. */
    private int[][] held;

    private int[] heldCount;

    /**
     * @param current the plan, one itinerary per shipment; left unchanged
     * @param bookings what {@code current} books; a proposal leaves its own choices booked
     */
    Ruin(
            CapacityIndex index,
            List<PlannedShipment> shipments,
            Itinerary[] current,
            Bookings bookings,
            Random random,
            int maxRuin,
            int blinkPercent) {
        this.index = index;
        this.shipments = shipments;
        this.current = current;
        this.bookings = bookings;
        this.random = random;
        this.maxRuin = maxRuin;
        this.blinkPercent = blinkPercent;
    }

    /** A proposal, booked; {@code null} when none was found (nothing booked then). */
    Proposal propose() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int kind = random.nextInt(10);
            Proposal p = kind < 5 ? seat() : kind < 8 ? capacity() : related();
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Tells the ruin that the plan it reads now has the proposal's choices (the caller changed {@code current}). */
    void accepted(Proposal p) {
        if (held == null) {
            return;
        }
        for (int i = 0; i < p.shipments().length; i++) {
            int j = p.shipments()[i];
            for (int r : index.footprint(p.before()[i]).resources()) {
                unhold(r, j);
            }
            for (int r : index.footprint(p.after()[i]).resources()) {
                hold(r, j);
            }
        }
    }

    private void hold(int r, int j) {
        if (heldCount[r] == held[r].length) {
            held[r] = java.util.Arrays.copyOf(held[r], Math.max(4, held[r].length * 2));
        }
        held[r][heldCount[r]++] = j;
    }

    private void unhold(int r, int j) {
        int[] list = held[r];
        for (int k = 0; k < heldCount[r]; k++) {
            if (list[k] == j) {
                list[k] = list[--heldCount[r]];
                return;
            }
        }
    }

    /** Puts the bookings back as they were before the proposal. */
    void undo(Proposal p) {
        for (int i = 0; i < p.shipments().length; i++) {
            bookings.release(p.after()[i]);
            bookings.book(p.before()[i]);
        }
    }

    // ------------------------------------------------------------ ruins

    private Proposal seat() {
        int s = mostImprovable();
        if (s < 0) {
            return null;
        }
        List<Itinerary> preferred = index.preferred(s);
        int position = preferred.indexOf(current[s]);
        if (position < 0) {
            position = preferred.size();
        }
        Itinerary target = preferred.get(Math.min(random.nextInt(position), random.nextInt(position)));
        List<Integer> out = new ArrayList<>();
        out.add(s);
        bookings.release(current[s]);
        boolean all = random.nextInt(10) < 3;
        CapacityIndex.Footprint need = index.footprint(target);
        for (int i = 0; i < need.resources().length; i++) {
            int r = need.resources()[i];
            long amount = need.amount(i);
            if (!bookings.overflows(r, amount)) {
                continue;
            }
            List<Integer> holders = holders(r, out);
            shuffle(holders);
            for (int h : holders) {
                if (!all && !bookings.overflows(r, amount)) {
                    break;
                }
                bookings.release(current[h]);
                out.add(h);
            }
            if (bookings.overflows(r, amount) || out.size() > maxRuin + 1) {
                // fixed legs hold it, or it would take too many out
                out.forEach(j -> bookings.book(current[j]));
                return null;
            }
        }
        bookings.book(target);
        Itinerary[] after = new Itinerary[out.size()];
        after[0] = target;
        recreate(out.subList(1, out.size()), after, 1);
        return proposal("seat", out, after);
    }

    private Proposal capacity() {
        int s = randomMovable();
        if (s < 0) {
            return null;
        }
        int[] held = index.footprint(current[s]).resources();
        if (held.length == 0) {
            return null;
        }
        List<Integer> out = holders(held[random.nextInt(held.length)], List.of());
        if (out.size() < 2) {
            return null;
        }
        shuffle(out);
        if (out.size() > maxRuin) {
            out = new ArrayList<>(out.subList(0, maxRuin));
        }
        return ruinAndRecreate("capacity", out);
    }

    private Proposal related() {
        int s = randomMovable();
        if (s < 0) {
            return null;
        }
        var seed = shipments.get(s).getShipment();
        int k = 2 + random.nextInt(Math.max(1, Math.min(maxRuin, 12) - 1));
        long salt = random.nextLong();
        // the k nearest by distance (hours between due dates, 72 more for another origin, 72 for another destination,
        // up to 23 of noise): scanned outwards from the seed by due date, stopping where the due dates alone are
        // farther than the k-th nearest, so the cost does not grow with the number of shipments
        int[] byDue = index.byDue();
        int rank = index.dueRank(s);
        long seedDue = index.dueHour(s);
        java.util.PriorityQueue<long[]> nearest =
                new java.util.PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[0])
                        .thenComparingLong(e -> e[1])
                        .reversed());
        nearest.add(new long[] {-1, s});
        int down = rank - 1;
        int up = rank + 1;
        while (down >= 0 || up < byDue.length) {
            long bound = nearest.size() >= k ? nearest.peek()[0] : Long.MAX_VALUE;
            long downGap = down >= 0 ? seedDue - index.dueHour(byDue[down]) : Long.MAX_VALUE;
            long upGap = up < byDue.length ? index.dueHour(byDue[up]) - seedDue : Long.MAX_VALUE;
            int j;
            if (downGap <= upGap) {
                if (downGap > bound) {
                    break;
                }
                j = byDue[down--];
            } else {
                if (upGap > bound) {
                    break;
                }
                j = byDue[up++];
            }
            if (shipments.get(j).isPinned()) {
                continue;
            }
            var o = shipments.get(j).getShipment();
            long distance = Math.abs(index.dueHour(j) - seedDue)
                    + (o.origin().equals(seed.origin()) ? 0 : 72)
                    + (o.destination().equals(seed.destination()) ? 0 : 72)
                    + Math.floorMod(mix(salt + j), 24);
            long[] entry = {distance, j};
            if (nearest.size() < k) {
                nearest.add(entry);
            } else if (nearest.comparator().compare(entry, nearest.peek()) > 0) {
                nearest.poll();
                nearest.add(entry);
            }
        }
        List<long[]> chosen = new ArrayList<>(nearest);
        chosen.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
        List<Integer> out = new ArrayList<>(chosen.size());
        chosen.forEach(e -> out.add((int) e[1]));
        return ruinAndRecreate("related", out);
    }

    /** A well-mixed 64-bit hash (SplitMix64's finaliser): noise per shipment from one random draw. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private Proposal ruinAndRecreate(String kind, List<Integer> out) {
        for (int j : out) {
            bookings.release(current[j]);
        }
        Itinerary[] after = new Itinerary[out.size()];
        recreate(out, after, 0);
        return proposal(kind, out, after);
    }

    // ------------------------------------------------------------ recreate

    /** Books each shipment of {@code out}, in an order chosen at random, into {@code after[offset + i]}. */
    private void recreate(List<Integer> out, Itinerary[] after, int offset) {
        List<Integer> order = new ArrayList<>(out);
        switch (random.nextInt(4)) {
            case 0 -> order.sort(Comparator.comparing(
                            (Integer j) -> shipments.get(j).getShipment().dueAt())
                    .thenComparingInt(j -> shipments.get(j).getShipment().priority()));
            case 1 -> order.sort(Comparator.comparingInt(
                            (Integer j) -> shipments.get(j).getShipment().priority())
                    .thenComparing(j -> shipments.get(j).getShipment().dueAt()));
            case 2 -> {
                long[] density = new long[shipments.size()];
                for (int j : order) {
                    density[j] = savedPerTeu(j);
                }
                order.sort(Comparator.comparingLong((Integer j) -> -density[j]));
            }
            default -> shuffle(order);
        }
        Itinerary[] byShipment = new Itinerary[shipments.size()];
        for (int j : order) {
            byShipment[j] = bookBest(j);
        }
        for (int i = 0; i < out.size(); i++) {
            after[offset + i] = byShipment[out.get(i)];
        }
    }

    /** Books the shipment's most preferred candidate that fits, now and then skipping one that fits. */
    private Itinerary bookBest(int j) {
        for (Itinerary candidate : index.preferred(j)) {
            if (bookings.fits(candidate) && (blinkPercent == 0 || random.nextInt(100) >= blinkPercent)) {
                bookings.book(candidate);
                return candidate;
            }
        }
        return bookings.bookBest(shipments.get(j), List.of());
    }

    /** Weighted lateness the best candidate that fits now saves over leaving the shipment out, per TEU. */
    private long savedPerTeu(int j) {
        PlannedShipment s = shipments.get(j);
        for (Itinerary candidate : index.preferred(j)) {
            if (bookings.fits(candidate)) {
                return (s.unplanned().weightedLateness() - candidate.weightedLateness())
                        / s.getShipment().teu();
            }
        }
        return 0;
    }

    // ------------------------------------------------------------ helpers

    private Proposal proposal(String kind, List<Integer> out, Itinerary[] after) {
        int[] moved = new int[out.size()];
        Itinerary[] before = new Itinerary[out.size()];
        long late = 0;
        long cost = 0;
        boolean changed = false;
        for (int i = 0; i < moved.length; i++) {
            moved[i] = out.get(i);
            before[i] = current[moved[i]];
            late += after[i].weightedLateness() - before[i].weightedLateness();
            cost += after[i].cost() - before[i].cost();
            changed |= after[i] != before[i];
        }
        Proposal p = new Proposal(kind, moved, before, after, late, cost);
        if (!changed) {
            undo(p);
            return null;
        }
        return p;
    }

    /** The movable shipments (other than those in {@code taken}) whose choice uses capacity {@code r}, by position. */
    private List<Integer> holders(int r, List<Integer> taken) {
        if (held == null) {
            // who holds what, once per plan: then each look-up costs the holders, not the shipments
            held = new int[index.resourceCount()][];
            heldCount = new int[held.length];
            java.util.Arrays.setAll(held, k -> new int[0]);
            for (int j = 0; j < shipments.size(); j++) {
                if (!shipments.get(j).isPinned()) {
                    for (int used : index.footprint(current[j]).resources()) {
                        hold(used, j);
                    }
                }
            }
        }
        int[] holding = java.util.Arrays.copyOf(held[r], heldCount[r]);
        java.util.Arrays.sort(holding);
        List<Integer> result = new ArrayList<>(holding.length);
        for (int j : holding) {
            if (!taken.contains(j)) {
                result.add(j);
            }
        }
        return result;
    }

    /** Of three movable shipments drawn at random, the one whose best candidate saves most; -1 if none can. */
    private int mostImprovable() {
        int best = -1;
        long bestLate = 0;
        long bestCost = 0;
        for (int draw = 0; draw < 3; draw++) {
            int j = randomMovable();
            if (j < 0) {
                return -1;
            }
            Itinerary first = index.preferred(j).get(0);
            long late = current[j].weightedLateness() - first.weightedLateness();
            long cost = current[j].cost() - first.cost();
            if (late > bestLate || (late == bestLate && cost > bestCost)) {
                best = j;
                bestLate = late;
                bestCost = cost;
            }
        }
        return best;
    }

    private int randomMovable() {
        for (int tries = 0; tries < 20; tries++) {
            int j = random.nextInt(shipments.size());
            if (!shipments.get(j).isPinned()) {
                return j;
            }
        }
        return -1;
    }

    private void shuffle(List<Integer> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
