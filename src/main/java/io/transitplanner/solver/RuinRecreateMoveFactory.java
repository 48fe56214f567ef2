package io.transitplanner.solver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Ruin-and-recreate moves for the local search ({@link Ruin} says which). Changing one shipment at a time cannot
 * take a big low-priority shipment off a full departure and give its seat to several urgent ones: each single change
 * either overloads the departure or leaves a seat empty. A move here weighs a few ruin-and-recreate proposals by
 * the lateness and cost they change (which they know exactly, keeping every capacity) and offers the best of them,
 * for the score to judge as a whole. Moves are drawn at random only (there is no finite list of them).
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<TransitSolution, ReassignMove> {

    private int maxRuin = 20;
    private int proposals = 4;
    private int blinkPercent = 3;

    /** Most shipments one move takes out (a custom property of the move selector). */
    public void setMaxRuin(int maxRuin) {
        if (maxRuin < 2) {
            throw new IllegalArgumentException("maxRuin must be at least 2");
        }
        this.maxRuin = maxRuin;
    }

    /** How many proposals one move weighs before offering the best. */
    public void setProposals(int proposals) {
        if (proposals < 1) {
            throw new IllegalArgumentException("proposals must be at least 1");
        }
        this.proposals = proposals;
    }

    /** Percent chance that putting a shipment back skips a candidate that fits, to try the next (diversity). */
    public void setBlinkPercent(int blinkPercent) {
        this.blinkPercent = blinkPercent;
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
                return move(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    private ReassignMove move(TransitSolution solution, Random random) {
        CapacityIndex index = solution.capacityIndex();
        List<PlannedShipment> shipments = solution.getShipments();
        Itinerary[] current = new Itinerary[shipments.size()];
        for (int i = 0; i < current.length; i++) {
            current[i] = shipments.get(i).getItinerary();
            if (current[i] == null) {
                return ReassignMove.none(); // only a complete plan can be ruined
            }
        }
        Bookings bookings = index.bookings(shipments);
        Ruin ruin = new Ruin(index, shipments, current, bookings, random, maxRuin, blinkPercent);
        Ruin.Proposal best = null;
        for (int i = 0; i < proposals; i++) {
            Ruin.Proposal p = ruin.propose();
            if (p == null) {
                continue;
            }
            ruin.undo(p);
            if (best == null || p.late() < best.late() || (p.late() == best.late() && p.cost() < best.cost())) {
                best = p;
            }
        }
        if (best == null) {
            return ReassignMove.none();
        }
        List<PlannedShipment> changed = new ArrayList<>();
        List<Itinerary> to = new ArrayList<>();
        for (int i = 0; i < best.shipments().length; i++) {
            if (best.after()[i] != best.before()[i]) {
                changed.add(shipments.get(best.shipments()[i]));
                to.add(best.after()[i]);
            }
        }
        return new ReassignMove(best.kind(), changed.toArray(PlannedShipment[]::new), to.toArray(Itinerary[]::new));
    }
}
