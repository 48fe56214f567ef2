package io.transitplanner.service;

/**
 * What a restore brought back from the archive of one import.
 *
 * @param planLegs plan legs put back (those of plans that still exist)
 * @param eventId the audit event of the restore
 */
public record RestoreSummary(long importEventId, int shipments, int planLegs, long eventId) {}
