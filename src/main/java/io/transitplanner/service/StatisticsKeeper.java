package io.transitplanner.service;

import io.quarkus.scheduler.Scheduled;
import io.transitplanner.persistence.TableStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Analyzes the tables whose planner statistics went stale ({@link TableStatistics}), every
 * {@code transit-planner.statistics.refresh}: after a bulk upload or an import, the listings find their indexes again
 * within that time even where autovacuum is off. A failure (database down, a role that may not analyze) is logged and
 * tried again at the next refresh.
 */
@ApplicationScoped
class StatisticsKeeper {
    private static final Logger LOG = Logger.getLogger(StatisticsKeeper.class);

    private final TableStatistics statistics;

    StatisticsKeeper(TableStatistics statistics) {
        this.statistics = statistics;
    }

    @Scheduled(
            identity = "table-statistics",
            every = "${transit-planner.statistics.refresh:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            List<String> analyzed = statistics.refreshStale();
            if (!analyzed.isEmpty()) {
                LOG.debugf("planner statistics refreshed: %s", analyzed);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("planner statistics not refreshed: %s", e.getMessage());
        }
    }
}
