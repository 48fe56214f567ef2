package io.transitplanner.solver;

import java.util.Arrays;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives several shipments new itineraries at once: what a ruin-and-recreate step decides (take some shipments off
 * the capacities they hold and put them back best-first). The itineraries are decided when the move is made; doing
 * the move only sets them, telling the score director of every change, so the incremental score stays exact.
 */
final class ReassignMove extends AbstractMove<TransitSolution> {
    private static final String VARIABLE = "itinerary";

    private final String kind;
    private final PlannedShipment[] shipments;
    private final Itinerary[] itineraries;

    ReassignMove(String kind, PlannedShipment[] shipments, Itinerary[] itineraries) {
        this.kind = kind;
        this.shipments = shipments;
        this.itineraries = itineraries;
    }

    /** Weighted lateness the move adds (negative: it saves lateness), as the medium score counts it. */
    long lateDelta() {
        long delta = 0;
        for (int i = 0; i < shipments.length; i++) {
            delta += itineraries[i].weightedLateness()
                    - shipments[i].getItinerary().weightedLateness();
        }
        return delta;
    }

    /** Cost the move adds, as the soft score counts it. */
    long costDelta() {
        long delta = 0;
        for (int i = 0; i < shipments.length; i++) {
            delta += itineraries[i].cost() - shipments[i].getItinerary().cost();
        }
        return delta;
    }

    /** A move that changes nothing (when no useful ruin could be found); the search skips it. */
    static ReassignMove none() {
        return new ReassignMove("none", new PlannedShipment[0], new Itinerary[0]);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TransitSolution> scoreDirector) {
        for (int i = 0; i < shipments.length; i++) {
            if (shipments[i].getItinerary() != itineraries[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<TransitSolution> scoreDirector) {
        Itinerary[] before = new Itinerary[shipments.length];
        for (int i = 0; i < shipments.length; i++) {
            before[i] = shipments[i].getItinerary();
        }
        return new ReassignMove(kind, shipments, before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TransitSolution> scoreDirector) {
        for (int i = 0; i < shipments.length; i++) {
            scoreDirector.beforeVariableChanged(shipments[i], VARIABLE);
            shipments[i].setItinerary(itineraries[i]);
            scoreDirector.afterVariableChanged(shipments[i], VARIABLE);
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<TransitSolution> destinationScoreDirector) {
        // itineraries are immutable facts shared by every copy of the problem; only the shipments are copied
        PlannedShipment[] rebased = new PlannedShipment[shipments.length];
        for (int i = 0; i < shipments.length; i++) {
            rebased[i] = destinationScoreDirector.lookUpWorkingObject(shipments[i]);
        }
        return new ReassignMove(kind, rebased, itineraries);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignMove(" + kind + ")";
    }

    @Override
    public List<PlannedShipment> getPlanningEntities() {
        return Arrays.asList(shipments);
    }

    @Override
    public List<Itinerary> getPlanningValues() {
        return Arrays.asList(itineraries);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind).append(" {");
        for (int i = 0; i < shipments.length; i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append(shipments[i].getId())
                    .append(" -> ")
                    .append(itineraries[i]);
        }
        return sb.append('}').toString();
    }
}
