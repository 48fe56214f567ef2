package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Permission;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A state's consent to let some cargo through. Leave modes (nations) out for every mode "
                + "(nation); leave validFrom or validTo out for an open end. The version is required on update.")
public record PermissionRequest(
        @Schema(example = "RU") @NotNull @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT)
                String country,
        @Schema(example = "[\"GENERAL\", \"VEHICLES\"]") @NotEmpty Set<@NotNull CargoClass> cargoClasses,
        @Schema(example = "[\"AIR\", \"RAIL\"]", nullable = true) @Size(min = 1) Set<@NotNull Mode> modes,
        @Schema(nullable = true) @Size(min = 1, max = 300)
                Set<@NotNull @Pattern(regexp = Formats.COUNTRY, message = Formats.COUNTRY_TEXT) String> nations,
        @Schema(nullable = true, example = "2012-08-01T00:00:00Z") Instant validFrom,
        @Schema(nullable = true) Instant validTo,
        @Size(max = 2000) String note,
        @Schema(nullable = true) Long version) {

    public Permission toPermission() {
        return new Permission(country, cargoClasses, modes, nations, validFrom, validTo, note);
    }
}
