package io.transitplanner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many shipments and plans are in each status, read straight from the status columns, so that a status added by
 * a later migration is counted before any enum knows it.
 */
@ApplicationScoped
public class StatusCountStore {
    private final EntityManager em;

    StatusCountStore(EntityManager em) {
        this.em = em;
    }

    /** Shipments by status (only statuses that have at least one shipment). */
    public Map<String, Long> shipmentsByStatus() {
        return countByStatus("select status, count(*) from shipment group by status");
    }

    /** Plans by status (only statuses that have at least one plan). */
    public Map<String, Long> plansByStatus() {
        return countByStatus("select status, count(*) from plan group by status");
    }

    private Map<String, Long> countByStatus(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
