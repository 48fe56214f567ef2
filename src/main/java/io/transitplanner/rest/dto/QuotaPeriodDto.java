package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.review.QuotaPeriodUse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How much of one quota one week or month uses: TEU entering the country on legs departing then.")
public record QuotaPeriodDto(
        @Schema(description = "The quota's place in the scenario's list of quotas, from 0") int quota,
        @Schema(example = "UZ") String country,
        QuotaPeriod period,
        @Schema(nullable = true, description = "The nation it is limited to; null for all") String nation,
        @Schema(nullable = true, description = "The cargo class it is limited to; null for all") CargoClass cargoClass,
        Instant periodStart,
        @Schema(description = "Exclusive") Instant periodEnd,
        long used,
        long limit,
        @Schema(example = "TEU") String unit) {

    public static QuotaPeriodDto from(QuotaPeriodUse q) {
        return new QuotaPeriodDto(
                q.quotaIndex(),
                q.country(),
                q.period(),
                q.nation(),
                q.cargoClass(),
                q.periodStart(),
                q.periodEnd(),
                q.used(),
                q.limit(),
                q.unit());
    }
}
