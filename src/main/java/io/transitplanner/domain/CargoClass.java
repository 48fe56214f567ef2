package io.transitplanner.domain;

/** What a shipment carries, as the transit permissions of states distinguish it. */
public enum CargoClass {
    /** Non-lethal supplies. */
    GENERAL,
    /** Non-lethal rolling stock. */
    VEHICLES,
    /** Weapons, ammunition and sensitive items. */
    LETHAL,
    /** Fuel, explosives and other dangerous goods that are not weapons. */
    DANGEROUS
}
