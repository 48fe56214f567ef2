package io.transitplanner.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.service.StatusCountService;
import io.transitplanner.service.StatusCountService.StatusCounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Gauges {@code transit_planner_shipments{status}} and {@code transit_planner_plans{status}}: how many shipments and
 * plans are in each status. A scrape only reads the last counts; they are refreshed on a timer
 * ({@code transit-planner.metrics.status-refresh}), so that scraping never queries the database. Every status of the
 * domain has a series from the start (zero until counted); a status only the database knows gets one when first seen.
 */
@ApplicationScoped
class StatusGauges {
    static final String SHIPMENTS = "transit.planner.shipments";
    static final String PLANS = "transit.planner.plans";
    private static final Logger LOG = Logger.getLogger(StatusGauges.class);

    private final MeterRegistry registry;
    private final StatusCountService service;
    private final Map<String, AtomicLong> shipments = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> plans = new ConcurrentHashMap<>();

    StatusGauges(MeterRegistry registry, StatusCountService service) {
        this.registry = registry;
        this.service = service;
        Arrays.stream(ShipmentStatus.values())
                .forEach(s -> gauge(SHIPMENTS, "Shipments by status", shipments, s.name()));
        Arrays.stream(PlanStatus.values()).forEach(s -> gauge(PLANS, "Plans by status", plans, s.name()));
    }

    /** Reads the counts again; a failure (database down) keeps the last counts and says so once per refresh. */
    @Scheduled(
            identity = "status-gauges",
            every = "${transit-planner.metrics.status-refresh:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        StatusCounts counts;
        try {
            counts = service.counts();
        } catch (RuntimeException e) {
            LOG.warnf("status gauges not refreshed: %s", e.getMessage());
            return;
        }
        update(SHIPMENTS, "Shipments by status", shipments, counts.shipments());
        update(PLANS, "Plans by status", plans, counts.plans());
    }

    private void update(String name, String description, Map<String, AtomicLong> values, Map<String, Long> counts) {
        counts.keySet().forEach(status -> gauge(name, description, values, status));
        values.forEach((status, value) -> value.set(counts.getOrDefault(status, 0L)));
    }

    private void gauge(String name, String description, Map<String, AtomicLong> values, String status) {
        values.computeIfAbsent(status, s -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get)
                    .description(description)
                    .tag("status", s)
                    .register(registry);
            return value;
        });
    }
}
