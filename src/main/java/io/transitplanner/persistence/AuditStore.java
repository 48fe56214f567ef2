package io.transitplanner.persistence;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.transitplanner.domain.AuditEvent;
import io.transitplanner.domain.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;

/** The audit trail: appended in the transaction of the change it records, never updated. */
@ApplicationScoped
public class AuditStore {
    private final AuditEventRepository events;

    AuditStore(AuditEventRepository events) {
        this.events = events;
    }

    /** Appends the event and returns its id. */
    public long append(AuditEvent event) {
        AuditEventEntity e = new AuditEventEntity();
        e.at = event.at();
        e.subject = event.subject();
        e.roles = event.roles();
        e.action = event.action();
        e.entity = event.entity();
        e.entityId = event.entityId();
        e.detail = event.detail();
        events.persist(e);
        return e.id;
    }

    /** Newest first; {@code entity} and {@code entityId} narrow the listing when not {@code null}. */
    public ResultPage<AuditEvent> list(String entity, String entityId, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (entity != null) {
            where.append(" and entity = :entity");
            params.and("entity", entity);
        }
        if (entityId != null) {
            where.append(" and entityId = :entityId");
            params.and("entityId", entityId);
        }
        var query = events.find(where.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), params)
                .page(Page.of(page, size));
        var items = query.list().stream()
                .map(e -> new AuditEvent(e.at, e.subject, e.roles, e.action, e.entity, e.entityId, e.detail))
                .toList();
        return new ResultPage<>(items, page, size, query.count());
    }
}
