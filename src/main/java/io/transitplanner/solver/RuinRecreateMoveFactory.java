package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin-and-recreate moves. Changing one shipment at a time cannot take a big low-priority shipment off a full
 * departure and give its seat to several urgent ones: each single change either overloads the departure or leaves
 * a seat empty. These moves take out a group of shipments that compete for the same capacity and put them back
 * best-first (each on its most preferred candidate that still fits), as one move the score judges as a whole:
 * <ul>
 *   <li><b>seat</b>: a shipment that could be earlier or cheaper takes a better candidate; just enough of the
 *       shipments holding the departures, node-days or quota periods that candidate lacks are taken out to make room,
 *       and put back wherever they fit best;
 *   <li><b>capacity</b>: every shipment on one capacity that some shipment uses (a departure, a node-day, a quota
 *       period) is taken out and put back;
 *   <li><b>related</b>: a shipment and those most like it (same origin, same destination, close due dates).
 * </ul>
 * Shipments are put back in one of several orders chosen at random: earliest due date, most urgent priority,
 * most lateness saved per TEU, or at random. Every itinerary a move gives fits beside the others, so a valid plan
 * stays valid. Moves are drawn at random only (there is no finite list of them).
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<TransitSolution, ReassignMove> {

    private int maxRuin = 20;

    /** Most shipments one move takes out (a custom property of the move selector). */
    public void setMaxRuin(int maxRuin) {
        if (maxRuin < 2) {
            throw new IllegalArgumentException("maxRuin must be at least 2");
        }
        this.maxRuin = maxRuin;
    }

    @Override
    public long getSize(ScoreDirector<TransitSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getShipments().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<TransitSolution> scoreDirector) {
        throw new UnsupportedOperationException("ruin-and-recreate moves are drawn at random only");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(
            ScoreDirector<TransitSolution> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                return new Ruin(scoreDirector.getWorkingSolution(), random, maxRuin).move();
            }
        };
    }

    /** One move in the making, over the working solution as it stands. */
    static final class Ruin {
        private static final int ATTEMPTS = 8;

        private final CapacityIndex index;
        private final List<PlannedShipment> shipments;
        private final Random random;
        private final int maxRuin;
        private Bookings bookings;

        Ruin(TransitSolution solution, Random random, int maxRuin) {
            this.index = solution.capacityIndex();
            this.shipments = solution.getShipments();
            this.random = random;
            this.maxRuin = maxRuin;
        }

        ReassignMove move() {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                bookings = index.bookings(shipments);
                int kind = random.nextInt(10);
                ReassignMove move = kind < 5 ? seat() : kind < 8 ? capacity() : related();
                if (move != null) {
                    return move;
                }
            }
            return ReassignMove.none();
        }

        // ------------------------------------------------------------ ruins

        private ReassignMove seat() {
            int s = mostImprovable();
            if (s < 0) {
                return null;
            }
            PlannedShipment shipment = shipments.get(s);
            List<Itinerary> preferred = index.preferred(s);
            int position = preferred.indexOf(shipment.getItinerary());
            if (position < 0) {
                position = preferred.size();
            }
            Itinerary target = preferred.get(Math.min(random.nextInt(position), random.nextInt(position)));
            bookings.release(shipment.getItinerary());
            List<Integer> out = new ArrayList<>();
            boolean all = random.nextInt(10) < 3;
            CapacityIndex.Footprint need = index.footprint(target);
            for (int i = 0; i < need.resources().length; i++) {
                int r = need.resources()[i];
                long amount = need.amounts()[i];
                if (!bookings.overflows(r, amount)) {
                    continue;
                }
                List<Integer> holders = holders(r, s, out);
                shuffle(holders);
                for (int h : holders) {
                    if (!all && !bookings.overflows(r, amount)) {
                        break;
                    }
                    bookings.release(shipments.get(h).getItinerary());
                    out.add(h);
                }
                if (bookings.overflows(r, amount) || out.size() > maxRuin) {
                    return null; // fixed legs hold it, or it would take too many out
                }
            }
            if (!bookings.fits(target)) {
                return null;
            }
            bookings.book(target);
            List<Integer> moved = new ArrayList<>();
            moved.add(s);
            moved.addAll(out);
            Itinerary[] chosen = new Itinerary[moved.size()];
            chosen[0] = target;
            recreate(out, chosen, 1);
            return move("seat", moved, chosen);
        }

        private ReassignMove capacity() {
            int s = randomMovable();
            if (s < 0) {
                return null;
            }
            CapacityIndex.Footprint held = index.footprint(shipments.get(s).getItinerary());
            if (held.resources().length == 0) {
                return null;
            }
            int r = held.resources()[random.nextInt(held.resources().length)];
            List<Integer> out = holders(r, -1, List.of());
            if (out.size() < 2) {
                return null;
            }
            shuffle(out);
            if (out.size() > maxRuin) {
                out = new ArrayList<>(out.subList(0, maxRuin));
            }
            return ruinAndRecreate("capacity", out);
        }

        private ReassignMove related() {
            int s = randomMovable();
            if (s < 0) {
                return null;
            }
            var seed = shipments.get(s).getShipment();
            List<Integer> others = new ArrayList<>();
            for (int j = 0; j < shipments.size(); j++) {
                if (!shipments.get(j).isPinned()) {
                    others.add(j);
                }
            }
            long[] distance = new long[shipments.size()];
            for (int j : others) {
                var o = shipments.get(j).getShipment();
                long hours = Math.abs(o.dueAt().getEpochSecond() - seed.dueAt().getEpochSecond()) / 3600;
                distance[j] = hours
                        + (o.origin().equals(seed.origin()) ? 0 : 72)
                        + (o.destination().equals(seed.destination()) ? 0 : 72)
                        + random.nextInt(24);
            }
            distance[s] = -1;
            others.sort(Comparator.comparingLong(j -> distance[j]));
            int k = Math.min(others.size(), 2 + random.nextInt(Math.max(1, Math.min(maxRuin, 12) - 1)));
            return ruinAndRecreate("related", new ArrayList<>(others.subList(0, k)));
        }

        private ReassignMove ruinAndRecreate(String kind, List<Integer> out) {
            for (int j : out) {
                bookings.release(shipments.get(j).getItinerary());
            }
            Itinerary[] chosen = new Itinerary[out.size()];
            recreate(out, chosen, 0);
            return move(kind, out, chosen);
        }

        // ------------------------------------------------------------ recreate

        /** Books each shipment of {@code out}, in an order chosen at random, into {@code chosen[offset + i]}. */
        private void recreate(List<Integer> out, Itinerary[] chosen, int offset) {
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
                byShipment[j] = bookings.bookBest(shipments.get(j), index.preferred(j));
            }
            for (int i = 0; i < out.size(); i++) {
                chosen[offset + i] = byShipment[out.get(i)];
            }
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

        private ReassignMove move(String kind, List<Integer> moved, Itinerary[] chosen) {
            List<PlannedShipment> changed = new ArrayList<>();
            List<Itinerary> to = new ArrayList<>();
            for (int i = 0; i < moved.size(); i++) {
                PlannedShipment s = shipments.get(moved.get(i));
                if (s.getItinerary() != chosen[i]) {
                    changed.add(s);
                    to.add(chosen[i]);
                }
            }
            if (changed.isEmpty()) {
                return null;
            }
            return new ReassignMove(kind, changed.toArray(PlannedShipment[]::new), to.toArray(Itinerary[]::new));
        }

        /** The movable shipments (other than {@code except} and those in {@code taken}) whose choice uses {@code r}. */
        private List<Integer> holders(int r, int except, List<Integer> taken) {
            List<Integer> result = new ArrayList<>();
            for (int j = 0; j < shipments.size(); j++) {
                PlannedShipment s = shipments.get(j);
                if (j == except || s.isPinned() || taken.contains(j)) {
                    continue;
                }
                for (int used : index.footprint(s.getItinerary()).resources()) {
                    if (used == r) {
                        result.add(j);
                        break;
                    }
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
                Itinerary current = shipments.get(j).getItinerary();
                Itinerary first = index.preferred(j).get(0);
                long late = current.weightedLateness() - first.weightedLateness();
                long cost = current.cost() - first.cost();
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
                if (!shipments.get(j).isPinned() && shipments.get(j).getItinerary() != null) {
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
}
