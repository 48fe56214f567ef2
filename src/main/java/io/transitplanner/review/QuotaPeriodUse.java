package io.transitplanner.review;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.QuotaPeriod;
import java.time.Instant;

/**
 * How much of one quota one period uses (rule 8: TEU entering the country on legs departing in the period).
 *
 * @param quotaIndex the quota's place in the scenario's list of quotas, which tells apart quotas that look alike
 * @param nation the nation it is limited to, {@code null} for all
 * @param cargoClass the class it is limited to, {@code null} for all
 * @param periodEnd the end (exclusive) of the week or month
 * @param unit the unit of {@code used} and {@code limit}: always {@code "TEU"}
 */
public record QuotaPeriodUse(
        int quotaIndex,
        String country,
        QuotaPeriod period,
        String nation,
        CargoClass cargoClass,
        Instant periodStart,
        Instant periodEnd,
        long used,
        long limit,
        String unit) {}
