package io.transitplanner.persistence;

import io.transitplanner.domain.Leg;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.PlanStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Plans and their legs, keyed by the server ids of the shipments. */
@ApplicationScoped
public class PlanStore {
    private final PlanRepository plans;
    private final PlanLegRepository legs;
    private final EntityManager em;

    PlanStore(PlanRepository plans, PlanLegRepository legs, EntityManager em) {
        this.plans = plans;
        this.legs = legs;
        this.em = em;
    }

    /** Stores a plan with the legs of each shipment (by shipment id, in travel order); returns the plan's id. */
    public long save(
            String scenarioName,
            PlanStatus status,
            PlanScore score,
            Instant createdAt,
            Map<Long, List<Leg>> legsByShipment) {
        PlanEntity plan = new PlanEntity();
        plan.scenarioName = scenarioName;
        plan.status = status;
        plan.createdAt = createdAt;
        plan.scoreHard = score.hard();
        plan.scoreMedium = score.medium();
        plan.scoreSoft = score.soft();
        plans.persist(plan);
        plans.flush();
        legsByShipment.forEach((shipmentId, shipmentLegs) -> {
            for (int i = 0; i < shipmentLegs.size(); i++) {
                Leg leg = shipmentLegs.get(i);
                PlanLegEntity e = new PlanLegEntity();
                e.id = new PlanLegId(plan.id, shipmentId, i);
                e.laneCode = leg.lane();
                e.departure = leg.departure();
                e.arrival = leg.arrival();
                legs.persist(e);
            }
        });
        legs.flush();
        return plan.id;
    }

    /** The shipment's legs in the most recent published plan that gives it any; empty when none does. */
    public List<Leg> latestPublishedLegs(long shipmentId) {
        return em
                .createQuery(
                        "select l from PlanLegEntity l where l.id.shipmentId = ?1 and l.id.planId = ("
                                + " select max(p.id) from PlanEntity p where p.status = ?2 and exists ("
                                + "  select 1 from PlanLegEntity x where x.id.planId = p.id and x.id.shipmentId = ?1))"
                                + " order by l.id.seq",
                        PlanLegEntity.class)
                .setParameter(1, shipmentId)
                .setParameter(2, PlanStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(l -> new Leg(l.laneCode, l.departure, l.arrival))
                .toList();
    }
}
