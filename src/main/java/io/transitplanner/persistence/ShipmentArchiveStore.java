package io.transitplanner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only way a shipment leaves the {@code shipment} table: copied first, with its pinned legs and its plan legs,
 * into the archive of the import (keyed by the import's audit event), from which a restore brings it back whole.
 */
@ApplicationScoped
public class ShipmentArchiveStore {
    private static final int IN_CHUNK = 1000;
    private static final String COLUMNS = "id, nation, reference, origin, destination, cargo_class, teu, weight_tons,"
            + " available_at, due_at, priority, status, created_at, updated_at, version";

    private final EntityManager em;

    ShipmentArchiveStore(EntityManager em) {
        this.em = em;
    }

    /** Whether an archive exists for this event, and when it was restored (empty instant when not yet). */
    public record State(long eventId, int shipments, Optional<Instant> restoredAt) {}

    /** Why one archived shipment cannot come back as things stand. */
    public record Conflict(long id, String nation, String reference, String reason) {}

    /** What a restore put back. */
    public record Restored(int shipments, int planLegs) {}

    /**
     * Copies the shipments (id to reason) with their pinned and plan legs into the archive of {@code eventId}, then
     * deletes them; returns how many were archived.
     */
    public int archive(long eventId, Map<Long, String> reasons, Instant now) {
        if (reasons.isEmpty()) {
            return 0;
        }
        em.flush();
        em.createNativeQuery("insert into import_archive (event_id, archived_at, shipments) values (?1, ?2, ?3)")
                .setParameter(1, eventId)
                .setParameter(2, now)
                .setParameter(3, reasons.size())
                .executeUpdate();
        Map<String, List<Long>> byReason = new LinkedHashMap<>();
        reasons.forEach((id, reason) ->
                byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(id));
        byReason.forEach((reason, ids) -> {
            for (int i = 0; i < ids.size(); i += IN_CHUNK) {
                em.createNativeQuery("insert into archived_shipment (event_id, " + COLUMNS + ", reason)"
                                + " select ?1, " + COLUMNS + ", ?2 from shipment where id in (?3)")
                        .setParameter(1, eventId)
                        .setParameter(2, reason)
                        .setParameter(3, ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)))
                        .executeUpdate();
            }
        });
        String archivedIds = "(select a.id from archived_shipment a where a.event_id = ?1)";
        em.createNativeQuery("insert into archived_pinned_leg (event_id, shipment_id, seq, lane_code, departure,"
                        + " arrival) select ?1, shipment_id, seq, lane_code, departure, arrival from pinned_leg"
                        + " where shipment_id in " + archivedIds)
                .setParameter(1, eventId)
                .executeUpdate();
        em.createNativeQuery("insert into archived_plan_leg (event_id, plan_id, shipment_id, seq, lane_code,"
                        + " departure, arrival) select ?1, plan_id, shipment_id, seq, lane_code, departure, arrival"
                        + " from plan_leg where shipment_id in " + archivedIds)
                .setParameter(1, eventId)
                .executeUpdate();
        // Explicit deletes, children first. Plans keep their legs: a stored plan is a record of the past (no foreign
        // key ties it to live shipments), and the verifier must still find every stored plan as it was scored.
        for (String table : List.of("pinned_leg")) {
            em.createNativeQuery("delete from " + table + " where shipment_id in " + archivedIds)
                    .setParameter(1, eventId)
                    .executeUpdate();
        }
        int deleted = em.createNativeQuery("delete from shipment where id in " + archivedIds)
                .setParameter(1, eventId)
                .executeUpdate();
        em.clear();
        return deleted;
    }

    public Optional<State> state(long eventId) {
        List<?> rows = em.createNativeQuery(
                        "select shipments, restored_at from import_archive where event_id = ?1", Object[].class)
                .setParameter(1, eventId)
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new State(eventId, ((Number) row[0]).intValue(), Optional.ofNullable(instant(row[1])));
        });
    }

    /**
     * Archived shipments that cannot come back: a shipment of the same nation and reference is stored now, or a node
     * or a pinned leg's lane it names is no longer in the network.
     */
    public List<Conflict> restoreConflicts(long eventId) {
        List<Conflict> conflicts = new ArrayList<>();
        collect(
                conflicts,
                "select a.id, a.nation, a.reference, 'shipment ' || s.id || ' of the same nation and reference is"
                        + " stored now' from archived_shipment a join shipment s on s.nation = a.nation"
                        + " and s.reference = a.reference where a.event_id = ?1",
                eventId);
        collect(
                conflicts,
                "select a.id, a.nation, a.reference, 'node ''' || c.code || ''' is not in the network' from"
                        + " archived_shipment a cross join lateral (values (a.origin), (a.destination)) c(code)"
                        + " where a.event_id = ?1 and not exists (select 1 from node n where n.code = c.code)",
                eventId);
        collect(
                conflicts,
                "select a.id, a.nation, a.reference, 'lane ''' || p.lane_code || ''' of a pinned leg is not in the"
                        + " network' from archived_shipment a join archived_pinned_leg p on p.event_id = a.event_id"
                        + " and p.shipment_id = a.id where a.event_id = ?1"
                        + " and not exists (select 1 from lane l where l.code = p.lane_code)",
                eventId);
        conflicts.sort((x, y) -> Long.compare(x.id(), y.id()));
        return conflicts;
    }

    /**
     * Puts the archived shipments back with their ids, pinned legs and the legs of plans that still exist, and marks
     * the archive restored by {@code restoreEventId}.
     */
    public Restored restore(long eventId, long restoreEventId, Instant now) {
        em.flush();
        int shipments = em.createNativeQuery("insert into shipment (" + COLUMNS + ") select " + COLUMNS
                        + " from archived_shipment where event_id = ?1")
                .setParameter(1, eventId)
                .executeUpdate();
        em.createNativeQuery("insert into pinned_leg (shipment_id, seq, lane_code, departure, arrival)"
                        + " select shipment_id, seq, lane_code, departure, arrival from archived_pinned_leg"
                        + " where event_id = ?1")
                .setParameter(1, eventId)
                .executeUpdate();
        int planLegs = em.createNativeQuery("insert into plan_leg (plan_id, shipment_id, seq, lane_code, departure,"
                        + " arrival) select a.plan_id, a.shipment_id, a.seq, a.lane_code, a.departure, a.arrival"
                        + " from archived_plan_leg a where a.event_id = ?1"
                        + " and exists (select 1 from plan p where p.id = a.plan_id)"
                        + " and not exists (select 1 from plan_leg l where l.plan_id = a.plan_id"
                        + " and l.shipment_id = a.shipment_id and l.seq = a.seq)")
                .setParameter(1, eventId)
                .executeUpdate();
        em.createNativeQuery("update import_archive set restored_at = ?2, restored_event_id = ?3 where event_id = ?1")
                .setParameter(1, eventId)
                .setParameter(2, now)
                .setParameter(3, restoreEventId)
                .executeUpdate();
        em.clear();
        return new Restored(shipments, planLegs);
    }

    private void collect(List<Conflict> into, String sql, long eventId) {
        for (Object r : em.createNativeQuery(sql, Object[].class)
                .setParameter(1, eventId)
                .getResultList()) {
            Object[] row = (Object[]) r;
            into.add(new Conflict(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]));
        }
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
