package io.transitplanner.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A fast first search by ruin and recreate ({@link Ruin}) with late acceptance, before the local search. It keeps the
 * plan as one itinerary per shipment with its bookings and judges each proposal by the change of weighted lateness,
 * then cost, that the proposal itself reports; that is exact because a proposal keeps every capacity, so the hard
 * score cannot move. Thousands of proposals are weighed in the time the score director takes for a few hundred
 * moves; the best plan found is handed to the score director, whose score of it is then the one the local search
 * goes on from. One command is one round, of a given time or a given number of proposals (then a seed repeats it
 * exactly); the solver runs several rounds in a row, checking its termination between them, each going on from the
 * best plan of the one before.
 */
public class RuinRecreateSearch implements CustomPhaseCommand<TransitSolution> {
    private static final String VARIABLE = "itinerary";

    private long millis = 10_000;
    private long proposals = 0;
    private long seed = 0;
    private int maxRuin = 20;
    private int blinkPercent = 3;
    private int lateAcceptanceSize = 200;

    /** How long to search (ignored when a number of proposals is given). */
    public void setMillis(long millis) {
        this.millis = millis;
    }

    /** How many proposals to weigh (0: as many as the time allows). */
    public void setProposals(long proposals) {
        this.proposals = proposals;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public void setMaxRuin(int maxRuin) {
        this.maxRuin = maxRuin;
    }

    public void setBlinkPercent(int blinkPercent) {
        this.blinkPercent = blinkPercent;
    }

    public void setLateAcceptanceSize(int lateAcceptanceSize) {
        this.lateAcceptanceSize = lateAcceptanceSize;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<TransitSolution> scoreDirector) {
        TransitSolution solution = scoreDirector.getWorkingSolution();
        List<PlannedShipment> shipments = solution.getShipments();
        Itinerary[] current = new Itinerary[shipments.size()];
        long late = 0;
        long cost = 0;
        for (int i = 0; i < current.length; i++) {
            current[i] = shipments.get(i).getItinerary();
            if (current[i] == null) {
                return; // only a complete plan can be ruined
            }
            late += current[i].weightedLateness();
            cost += current[i].cost();
        }
        CapacityIndex index = solution.capacityIndex();
        Bookings bookings = index.bookings(shipments);
        // each round draws from the seed and the plan it starts from: a repeated solve repeats every round
        Random random = new Random(seed * 1_000_003L + late * 31 + cost);
        Ruin ruin = new Ruin(index, shipments, current, bookings, random, maxRuin, blinkPercent);
        Itinerary[] best = current.clone();
        long bestLate = late;
        long bestCost = cost;
        long[] pastLate = new long[lateAcceptanceSize];
        long[] pastCost = new long[lateAcceptanceSize];
        Arrays.fill(pastLate, late);
        Arrays.fill(pastCost, cost);
        long started = System.nanoTime();
        long deadline = started + millis * 1_000_000L;
        long step = 0;
        for (; proposals > 0 ? step < proposals : System.nanoTime() < deadline; step++) {
            Ruin.Proposal p = ruin.propose();
            if (p == null) {
                continue;
            }
            long newLate = late + p.late();
            long newCost = cost + p.cost();
            int slot = (int) (step % lateAcceptanceSize);
            boolean accept = notWorse(newLate, newCost, late, cost)
                    || notWorse(newLate, newCost, pastLate[slot], pastCost[slot]);
            if (accept) {
                for (int i = 0; i < p.shipments().length; i++) {
                    current[p.shipments()[i]] = p.after()[i];
                }
                ruin.accepted(p);
                late = newLate;
                cost = newCost;
                if (late < bestLate || (late == bestLate && cost < bestCost)) {
                    System.arraycopy(current, 0, best, 0, current.length);
                    bestLate = late;
                    bestCost = cost;
                }
            } else {
                ruin.undo(p);
            }
            pastLate[slot] = late;
            pastCost[slot] = cost;
        }
        long nanos = Math.max(1, System.nanoTime() - started);
        solution.setProposalsPerSecond(step * 1_000_000_000L / nanos);
        for (int i = 0; i < shipments.size(); i++) {
            PlannedShipment s = shipments.get(i);
            if (s.getItinerary() != best[i]) {
                scoreDirector.beforeVariableChanged(s, VARIABLE);
                s.setItinerary(best[i]);
                scoreDirector.afterVariableChanged(s, VARIABLE);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static boolean notWorse(long late, long cost, long otherLate, long otherCost) {
        return late < otherLate || (late == otherLate && cost <= otherCost);
    }
}
