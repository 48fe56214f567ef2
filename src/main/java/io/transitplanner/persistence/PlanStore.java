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

    /**
     * Marks every published plan that is not stale yet as stale, with the reason; returns how many. (Native SQL: the
     * columns come from V3, beside whatever the plan entity maps.)
     */
    public int markPublishedStale(String reason) {
        return em.createNativeQuery("update plan set stale = true, stale_reason = ?1 where status = ?2 and not stale")
                .setParameter(1, reason)
                .setParameter(2, PlanStatus.PUBLISHED.name())
                .executeUpdate();
    }

    /** How many published plans are not stale: those an import would mark. */
    public int countPublishedFresh() {
        return ((Number) em.createNativeQuery("select count(*) from plan where status = ?1 and not stale")
                        .setParameter(1, PlanStatus.PUBLISHED.name())
                        .getSingleResult())
                .intValue();
    }
}
