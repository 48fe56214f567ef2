package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cap on the TEU entering a country per period.")
public record QuotaResponse(
        long id,
        String country,
        QuotaPeriod period,
        int maxTeu,
        @Schema(nullable = true) String nation,
        @Schema(nullable = true) CargoClass cargoClass,
        @Schema(nullable = true) String note,
        long version) {

    public static QuotaResponse from(Identified<Quota> i) {
        Quota q = i.value();
        return new QuotaResponse(
                i.id(), q.country(), q.period(), q.maxTeu(), q.nation(), q.cargoClass(), q.note(), i.version());
    }
}
