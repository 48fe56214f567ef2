package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A cap on the TEU entering a country per week or month, optionally for one nation or one cargo "
                + "class. The version is required on update.")
public record QuotaRequest(
        @Schema(example = "UZ") @NotNull @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT)
                String country,
        @NotNull QuotaPeriod period,
        @Schema(example = "350") @NotNull @Min(0) @Max(100_000_000) Integer maxTeu,
        @Schema(nullable = true) @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT) String nation,
        @Schema(nullable = true) CargoClass cargoClass,
        @Size(max = 2000) String note,
        @Schema(nullable = true) Long version) {

    public Quota toQuota() {
        return new Quota(country, period, maxTeu, nation, cargoClass, note);
    }
}
