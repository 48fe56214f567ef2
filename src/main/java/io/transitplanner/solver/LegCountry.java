package io.transitplanner.solver;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Permission;
import java.time.Instant;

/** One country a chosen (not pinned) leg touches, with what a permission of that country must allow. */
public record LegCountry(
        String shipment,
        String lane,
        String country,
        String nation,
        CargoClass cargoClass,
        Mode mode,
        Instant departure) {

    /** True when the permission lets this leg through this country. */
    public boolean allowedBy(Permission p) {
        return p.country().equals(country)
                && allowsCargo(p, cargoClass, mode, nation)
                && (p.validFrom() == null || !departure.isBefore(p.validFrom()))
                && (p.validTo() == null || departure.isBefore(p.validTo()));
    }

    /** True when the permission covers this cargo class, mode and nation, whatever its validity window. */
    static boolean allowsCargo(Permission p, CargoClass cargoClass, Mode mode, String nation) {
        return p.cargoClasses().contains(cargoClass)
                && (p.modes() == null || p.modes().contains(mode))
                && (p.nations() == null || p.nations().contains(nation));
    }
}
