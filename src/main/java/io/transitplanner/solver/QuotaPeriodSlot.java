package io.transitplanner.solver;

import io.transitplanner.domain.Quota;
import java.time.Instant;

/** One period of one quota (the quota's position in the scenario keeps two equal quotas apart). */
public record QuotaPeriodSlot(int quotaIndex, Quota quota, Instant periodStart) {}
