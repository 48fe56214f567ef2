package io.transitplanner.solver;

import io.transitplanner.domain.Permission;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One planning problem: every shipment of a scenario with its candidate itineraries, and the rules as facts. */
@PlanningSolution
public class TransitSolution {

    private String scenarioName;

    private NetworkIndex network;

    @ProblemFactCollectionProperty
    private List<Permission> permissions;

    @ProblemFactCollectionProperty
    private List<NodeClosure> closures;

    @PlanningEntityCollectionProperty
    private List<PlannedShipment> shipments;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** Proposals per second the ruin-and-recreate search weighed (0: it did not run); a statistic, not a fact. */
    private long proposalsPerSecond;

    /** Built on first use and shared by every copy: it depends on the candidates only. */
    private CapacityIndex capacityIndex;

    /** For the solution cloner. */
    public TransitSolution() {}

    public TransitSolution(NetworkIndex network, List<PlannedShipment> shipments) {
        this.scenarioName = network.scenario().name();
        this.network = network;
        this.permissions = network.permissions();
        this.closures = network.closures();
        this.shipments = shipments;
    }

    public String getScenarioName() {
        return scenarioName;
    }

    public NetworkIndex getNetwork() {
        return network;
    }

    public List<Permission> getPermissions() {
        return permissions;
    }

    public List<NodeClosure> getClosures() {
        return closures;
    }

    public List<PlannedShipment> getShipments() {
        return shipments;
    }

    /** The shared capacities and every candidate's draw on them (built the first time it is asked for). */
    synchronized CapacityIndex capacityIndex() {
        if (capacityIndex == null) {
            capacityIndex = new CapacityIndex(shipments);
        }
        return capacityIndex;
    }

    public long getProposalsPerSecond() {
        return proposalsPerSecond;
    }

    void setProposalsPerSecond(long proposalsPerSecond) {
        this.proposalsPerSecond = proposalsPerSecond;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
