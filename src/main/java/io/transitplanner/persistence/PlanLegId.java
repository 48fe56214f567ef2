package io.transitplanner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A leg of a plan is the {@code seq}-th leg of one shipment in that plan. */
@Embeddable
class PlanLegId implements Serializable {
    @Column(name = "plan_id")
    long planId;

    @Column(name = "shipment_id")
    long shipmentId;

    int seq;

    PlanLegId() {}

    PlanLegId(long planId, long shipmentId, int seq) {
        this.planId = planId;
        this.shipmentId = shipmentId;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanLegId other
                && planId == other.planId
                && shipmentId == other.shipmentId
                && seq == other.seq;
    }

    @Override
    public int hashCode() {
        return Objects.hash(planId, shipmentId, seq);
    }
}
