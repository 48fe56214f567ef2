package io.transitplanner.service;

import io.transitplanner.domain.AuditEvent;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.persistence.AuditStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Records who changed what and when, inside the transaction of the change: no change without its record. */
@ApplicationScoped
public class AuditLog {
    private final AuditStore store;
    private final CallerContext callers;
    private final Clock clock;

    AuditLog(AuditStore store, CallerContext callers) {
        this.store = store;
        this.callers = callers;
        this.clock = Clock.systemUTC();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long record(String action, String entity, String entityId, String detail) {
        Caller caller = callers.current();
        return store.append(new AuditEvent(
                Instant.now(clock), caller.subject(), caller.rolesText(), action, entity, entityId, detail));
    }

    @Transactional
    public ResultPage<AuditEvent> list(String entity, String entityId, int page, int size) {
        return store.list(entity, entityId, page, size);
    }
}
