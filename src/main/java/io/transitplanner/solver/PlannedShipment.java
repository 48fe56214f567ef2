package io.transitplanner.solver;

import io.transitplanner.domain.Shipment;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A shipment as the solver plans it: it chooses one itinerary among its candidates. The last candidate is always
 * "unplanned" (no legs, or only the pinned ones), so every shipment can be given a valid choice.
 */
@PlanningEntity(difficultyComparatorClass = ShipmentDifficulty.class)
public class PlannedShipment {

    @PlanningId
    private String id;

    private Shipment shipment;

    private List<Itinerary> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates")
    private Itinerary itinerary;

    /** True when the pinned legs already reach the destination: nothing is left to choose. */
    @PlanningPin
    private boolean pinned;

    /** For the solution cloner. */
    public PlannedShipment() {}

    public PlannedShipment(Shipment shipment, List<Itinerary> candidates, Itinerary itinerary, boolean pinned) {
        this.id = shipment.id();
        this.shipment = shipment;
        this.candidates = List.copyOf(candidates);
        this.itinerary = itinerary;
        this.pinned = pinned;
    }

    public String getId() {
        return id;
    }

    public Shipment getShipment() {
        return shipment;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Itinerary> getCandidates() {
        return candidates;
    }

    public Itinerary getItinerary() {
        return itinerary;
    }

    public void setItinerary(Itinerary itinerary) {
        this.itinerary = itinerary;
    }

    public boolean isPinned() {
        return pinned;
    }

    /** The candidate that leaves the shipment unplanned after its pinned legs (always the last one). */
    public Itinerary unplanned() {
        return candidates.get(candidates.size() - 1);
    }

    @Override
    public String toString() {
        return itinerary == null ? id + ": (not yet chosen)" : itinerary.toString();
    }
}
