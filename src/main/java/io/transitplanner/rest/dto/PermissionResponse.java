package io.transitplanner.rest.dto;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Permission;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A state's consent to let some cargo through.")
public record PermissionResponse(
        long id,
        String country,
        List<CargoClass> cargoClasses,
        @Schema(nullable = true, description = "null: every mode") List<Mode> modes,
        @Schema(nullable = true, description = "null: every nation") List<String> nations,
        @Schema(nullable = true) Instant validFrom,
        @Schema(nullable = true) Instant validTo,
        @Schema(nullable = true) String note,
        long version) {

    public static PermissionResponse from(Identified<Permission> i) {
        Permission p = i.value();
        return new PermissionResponse(
                i.id(),
                p.country(),
                p.cargoClasses().stream().sorted().toList(),
                p.modes() == null ? null : p.modes().stream().sorted().toList(),
                p.nations() == null ? null : p.nations().stream().sorted().toList(),
                p.validFrom(),
                p.validTo(),
                p.note(),
                i.version());
    }
}
