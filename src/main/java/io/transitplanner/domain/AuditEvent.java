package io.transitplanner.domain;

import java.time.Instant;

/**
 * Who changed what and when.
 *
 * @param roles the caller's roles, comma separated
 * @param entityId the key of the changed record, or {@code null} for a change of many (an import)
 */
public record AuditEvent(
        Instant at, String subject, String roles, String action, String entity, String entityId, String detail) {}
