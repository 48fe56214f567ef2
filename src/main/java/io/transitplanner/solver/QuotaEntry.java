package io.transitplanner.solver;

/** A shipment's entry into a quota's country in one period, counting its TEU. */
public record QuotaEntry(QuotaPeriodSlot slot, String shipment, int teu) {}
