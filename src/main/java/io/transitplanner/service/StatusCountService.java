package io.transitplanner.service;

import io.transitplanner.persistence.StatusCountStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Counts of shipments and plans by status, for the operations metrics. */
@ApplicationScoped
@Transactional
public class StatusCountService {
    private final StatusCountStore counts;

    StatusCountService(StatusCountStore counts) {
        this.counts = counts;
    }

    /** Both counts in one read transaction. */
    public StatusCounts counts() {
        return new StatusCounts(counts.shipmentsByStatus(), counts.plansByStatus());
    }

    /** Shipments and plans by status name; a status absent from a map has no row. */
    public record StatusCounts(Map<String, Long> shipments, Map<String, Long> plans) {}
}
