package io.transitplanner.persistence;

import io.transitplanner.domain.Leg;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The legs published plans give shipments, keyed by the server ids of the shipments. */
@ApplicationScoped
public class PlanStore {
    private final EntityManager em;

    PlanStore(EntityManager em) {
        this.em = em;
    }

    /**
     * The shipment's legs in the most recently published plan that carries it (the published one, else the latest
     * superseded one); empty when none does or that plan leaves it unplanned.
     */
    public List<Leg> latestPublishedLegs(long shipmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.lane_code, l.departure, l.arrival from plan_leg l"
                        + " where l.shipment_id = ?1 and l.plan_id = ("
                        + "  select p.id from plan p where p.status in ('PUBLISHED', 'SUPERSEDED') and exists ("
                        + "   select 1 from plan_assignment a where a.plan_id = p.id and a.shipment_id = ?1)"
                        + "  order by p.published_at desc nulls last, p.id desc limit 1)"
                        + " order by l.seq")
                .setParameter(1, shipmentId)
                .getResultList();
        return rows.stream()
                .map(r -> new Leg((String) r[0], instant(r[1]), instant(r[2])))
                .toList();
    }

    /** True when the published plan carries the shipment (planned or not). */
    public boolean inPublishedPlan(long shipmentId) {
        return !em.createNativeQuery("select 1 from plan_assignment a join plan p on p.id = a.plan_id"
                        + " where p.status = 'PUBLISHED' and a.shipment_id = ?1")
                .setParameter(1, shipmentId)
                .getResultList()
                .isEmpty();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
