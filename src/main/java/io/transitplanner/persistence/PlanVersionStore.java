package io.transitplanner.persistence;

import static io.transitplanner.persistence.LiveScenarioReader.instant;
import static io.transitplanner.persistence.LiveScenarioReader.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanProgress;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanSummary;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.PlannedAssignment;
import io.transitplanner.domain.ResultPage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Plan versions, their assignments, legs and progress, in plain JDBC on a connection the caller owns: the service
 * passes one enlisted in its transaction, the batch replan command one of its own. Every method does exactly its
 * statements; the caller commits.
 */
public final class PlanVersionStore {
    /** The key of the PostgreSQL advisory lock every replan holds: "replan" in ASCII. */
    public static final long REPLAN_LOCK_KEY = 0x7265706c616eL;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String COLUMNS = "id, version_number, scenario_name, status, kind, score_hard, score_medium,"
            + " score_soft, kpis::text, solver_settings::text, parent_id, replan_now, freeze_window_seconds,"
            + " coalesce(shipment_count, 0), created_by, created_at, updated_at, snapshot_at, solve_started_at,"
            + " solve_ended_at, published_at, failure_reason, case when stale then coalesce(stale_reason, 'stale') end";

    /** What a new plan version starts from. */
    public record NewPlan(
            String scenario,
            PlanKind kind,
            PlanStatus status,
            Long parentId,
            Instant replanNow,
            Duration freezeWindow,
            Map<String, Object> settings,
            String createdBy,
            Instant snapshotAt,
            int shipments,
            byte[] scenarioSnapshot) {}

    /** How a publication changed the shipments. */
    public record Publication(int planned, int backToSubmitted, int flagsCleared) {}

    private PlanVersionStore() {}

    // ---------------------------------------------------------------- writing

    /** Stores a new plan version with no assignments yet; returns it. */
    public static PlanVersion create(Connection c, NewPlan plan, Instant now) throws SQLException {
        long id;
        try (PreparedStatement st = c.prepareStatement("select nextval('plan_seq')");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement st = c.prepareStatement("insert into plan (id, scenario_name, created_at, updated_at,"
                + " status, kind, parent_id, replan_now, freeze_window_seconds, solver_settings, created_by,"
                + " snapshot_at, shipment_count, scenario_snapshot, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, 0)")) {
            st.setLong(1, id);
            st.setString(2, plan.scenario());
            st.setObject(3, time(now));
            st.setObject(4, time(now));
            st.setString(5, plan.status().name());
            st.setString(6, plan.kind().name());
            setLong(st, 7, plan.parentId());
            st.setObject(8, time(plan.replanNow()));
            setLong(
                    st,
                    9,
                    plan.freezeWindow() == null ? null : plan.freezeWindow().toSeconds());
            st.setString(10, json(plan.settings()));
            st.setString(11, plan.createdBy());
            st.setObject(12, time(plan.snapshotAt()));
            st.setInt(13, plan.shipments());
            st.setBytes(14, plan.scenarioSnapshot() == null ? null : gzip(plan.scenarioSnapshot()));
            st.executeUpdate();
        }
        return find(c, id).orElseThrow();
    }

    /** Marks the solve started. False when the plan is gone or no longer a draft (marked FAILED meanwhile). */
    public static boolean markSolving(Connection c, long id, Instant now) throws SQLException {
        return update(
                        c,
                        "update plan set status = 'SOLVING', solve_started_at = ?, updated_at = ?"
                                + " where id = ? and status = 'DRAFT'",
                        time(now),
                        time(now),
                        id)
                > 0;
    }

    /**
     * Replaces the plan's assignments by a new solution and its score, appends the progress points, and moves it to
     * {@code status} when that is not {@code null}. Only a plan still under review (DRAFT, SOLVING, or READY as an
     * imported plan is created) takes a solution: a plan marked FAILED meanwhile (a save that failed, a restart that
     * found it unfinished) stays FAILED with its reason, and a later save cannot turn it READY; a published or
     * superseded plan is a record and never changes. False when the plan is gone, failed or published.
     */
    public static boolean saveSolution(
            Connection c,
            long id,
            PlanScore score,
            PlanSummary kpis,
            List<PlannedAssignment> assignments,
            List<PlanProgress> progress,
            PlanStatus status,
            Instant now)
            throws SQLException {
        int found = update(
                c,
                "update plan set score_hard = ?, score_medium = ?, score_soft = ?, kpis = ?::jsonb, updated_at = ?,"
                        + " status = coalesce(cast(? as varchar), status),"
                        + " solve_ended_at = case when cast(? as boolean) then ? else solve_ended_at end"
                        + " where id = ? and status in ('DRAFT', 'SOLVING', 'READY')",
                score.hard(),
                score.medium(),
                score.soft(),
                json(kpis),
                time(now),
                status == null ? null : status.name(),
                status != null,
                time(now),
                id);
        if (found == 0) {
            return false;
        }
        writeAssignments(c, id, assignments, true);
        appendProgress(c, id, progress);
        return true;
    }

    /** Stores assignments (and their legs) of a plan; with {@code replace}, the plan's earlier ones go first. */
    public static void writeAssignments(Connection c, long id, List<PlannedAssignment> assignments, boolean replace)
            throws SQLException {
        if (replace) {
            update(c, "delete from plan_leg where plan_id = ?", id);
            update(c, "delete from plan_assignment where plan_id = ?", id);
        }
        try (PreparedStatement a = c.prepareStatement("insert into plan_assignment (plan_id, shipment_id, position,"
                        + " exchange_id, nation, delivered, eta, late_hours, weighted_lateness, cost_usd)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement l = c.prepareStatement("insert into plan_leg (plan_id, shipment_id, seq, lane_code,"
                        + " departure, arrival) values (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (PlannedAssignment p : assignments) {
                a.setLong(1, id);
                a.setLong(2, p.shipmentId());
                a.setInt(3, position++);
                a.setString(4, p.shipment());
                a.setString(5, p.nation());
                a.setBoolean(6, p.delivered());
                a.setObject(7, time(p.eta()));
                a.setLong(8, p.lateHours());
                a.setLong(9, p.weightedLateness());
                a.setLong(10, p.costUsd());
                a.addBatch();
                for (int i = 0; i < p.legs().size(); i++) {
                    Leg leg = p.legs().get(i);
                    l.setLong(1, id);
                    l.setLong(2, p.shipmentId());
                    l.setInt(3, i);
                    l.setString(4, leg.lane());
                    l.setObject(5, time(leg.departure()));
                    l.setObject(6, time(leg.arrival()));
                    l.addBatch();
                }
            }
            a.executeBatch();
            l.executeBatch();
        }
    }

    private static void appendProgress(Connection c, long id, List<PlanProgress> progress) throws SQLException {
        if (progress.isEmpty()) {
            return;
        }
        int next;
        try (PreparedStatement st =
                c.prepareStatement("select coalesce(max(seq) + 1, 0) from plan_progress where plan_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement("insert into plan_progress (plan_id, seq, at, elapsed_ms,"
                + " score_hard, score_medium, score_soft) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (PlanProgress p : progress) {
                st.setLong(1, id);
                st.setInt(2, next++);
                st.setObject(3, time(p.at()));
                st.setLong(4, p.elapsedMillis());
                st.setLong(5, p.score().hard());
                st.setLong(6, p.score().medium());
                st.setLong(7, p.score().soft());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Marks an unfinished plan FAILED with the reason. False when it is gone or already finished. */
    public static boolean fail(Connection c, long id, String reason, Instant now) throws SQLException {
        return update(
                        c,
                        "update plan set status = 'FAILED', failure_reason = ?, updated_at = ?, solve_ended_at = ?"
                                + " where id = ? and status in ('DRAFT', 'SOLVING')",
                        reason,
                        time(now),
                        time(now),
                        id)
                > 0;
    }

    /**
     * Marks FAILED every plan left DRAFT or SOLVING, except a replan while some process holds the replan lock (a
     * batch replan may be running beside the service). Returns the ids marked.
     */
    public static List<Long> failUnfinished(Connection c, String reason, Instant now, boolean replanLockHeld)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        String sql = "update plan set status = 'FAILED', failure_reason = ?, updated_at = ?, solve_ended_at = ?"
                + " where status in ('DRAFT', 'SOLVING')" + (replanLockHeld ? " and kind <> 'REPLAN'" : "")
                + " returning id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, reason);
            st.setObject(2, time(now));
            st.setObject(3, time(now));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The plan's status, its row locked until the transaction ends; empty when there is no such plan. */
    public static Optional<PlanStatus> lockStatus(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select status from plan where id = ? for update")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(PlanStatus.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * Publishes the plan: the published one becomes SUPERSEDED; shipments the plan gives legs become PLANNED unless
     * their nation changed them after the plan's snapshot; PLANNED shipments it gives none go back to SUBMITTED;
     * the replan flags of changes older than the snapshot are cleared.
     */
    public static Publication publish(Connection c, long id, Instant now) throws SQLException {
        update(c, "update plan set status = 'SUPERSEDED', updated_at = ? where status = 'PUBLISHED'", time(now));
        update(
                c,
                "update plan set status = 'PUBLISHED', published_at = ?, updated_at = ? where id = ?",
                time(now),
                time(now),
                id);
        int planned = update(
                c,
                "update shipment s set status = 'PLANNED', updated_at = ?, version = s.version + 1"
                        + " from plan_assignment a, plan p where p.id = ? and a.plan_id = p.id"
                        + " and a.shipment_id = s.id and s.status = 'SUBMITTED' and exists (select 1 from plan_leg l"
                        + "  where l.plan_id = p.id and l.shipment_id = s.id)"
                        + " and (s.amended_at is null or s.amended_at <= coalesce(p.snapshot_at, p.created_at))",
                time(now),
                id);
        int back = update(
                c,
                "update shipment s set status = 'SUBMITTED', updated_at = ?, version = s.version + 1"
                        + " from plan_assignment a where a.plan_id = ? and a.shipment_id = s.id and s.status = 'PLANNED'"
                        + " and not exists (select 1 from plan_leg l where l.plan_id = a.plan_id"
                        + "  and l.shipment_id = s.id)",
                time(now),
                id);
        int cleared = update(
                c,
                "update shipment s set needs_replan = false from plan p where p.id = ? and s.needs_replan"
                        + " and (s.amended_at is null or s.amended_at <= coalesce(p.snapshot_at, p.created_at))",
                id);
        return new Publication(planned, back, cleared);
    }

    /** Adds an audit event (the batch command, which has no request to take the caller from, writes its own). */
    public static void audit(Connection c, Instant at, String subject, String action, String entityId, String detail)
            throws SQLException {
        update(
                c,
                "insert into audit_event (id, at, subject, roles, action, entity, entity_id, detail)"
                        + " values (nextval('audit_event_seq'), ?, ?, 'batch', ?, 'plan', ?, ?)",
                time(at),
                subject,
                action,
                entityId,
                detail);
    }

    // ---------------------------------------------------------------- the replan lock

    /** Takes the replan lock for the connection's session, if no other session holds it. */
    public static boolean tryReplanLock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            st.setLong(1, REPLAN_LOCK_KEY);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public static void releaseReplanLock(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select pg_advisory_unlock(?)")) {
            st.setLong(1, REPLAN_LOCK_KEY);
            st.executeQuery().close();
        }
    }

    /** True when any session holds the replan lock (tried and at once released). */
    public static boolean replanLockHeld(Connection c) throws SQLException {
        if (tryReplanLock(c)) {
            releaseReplanLock(c);
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- reading

    public static Optional<PlanVersion> find(Connection c, long id) throws SQLException {
        List<PlanVersion> found = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " from plan where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(version(rs));
                }
            }
        }
        return found.stream().findFirst();
    }

    public static Optional<PlanVersion> published(Connection c) throws SQLException {
        List<PlanVersion> found = new ArrayList<>();
        query(c, "select " + COLUMNS + " from plan where status = 'PUBLISHED'", rs -> found.add(version(rs)));
        return found.stream().findFirst();
    }

    /** Newest first; {@code status} {@code null} for every status. */
    public static ResultPage<PlanVersion> list(Connection c, PlanStatus status, int page, int size)
            throws SQLException {
        String where = status == null ? "" : " where status = '" + status.name() + "'";
        long total;
        try (PreparedStatement st = c.prepareStatement("select count(*) from plan" + where);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<PlanVersion> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "select " + COLUMNS + " from plan" + where + " order by version_number desc limit ? offset ?")) {
            st.setInt(1, size);
            st.setLong(2, (long) page * size);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(version(rs));
                }
            }
        }
        return new ResultPage<>(items, page, size, total);
    }

    /** The plan's assignments in scenario order; {@code nation} {@code null} for every nation. */
    public static ResultPage<PlannedAssignment> assignments(Connection c, long id, String nation, int page, int size)
            throws SQLException {
        String where = " where plan_id = ?" + (nation == null ? "" : " and nation = ?");
        long total;
        try (PreparedStatement st = c.prepareStatement("select count(*) from plan_assignment" + where)) {
            st.setLong(1, id);
            if (nation != null) {
                st.setString(2, nation);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select shipment_id, exchange_id, nation, delivered, eta,"
                + " late_hours, weighted_lateness, cost_usd from plan_assignment" + where
                + " order by position limit ? offset ?")) {
            int i = 1;
            st.setLong(i++, id);
            if (nation != null) {
                st.setString(i++, nation);
            }
            st.setInt(i++, size);
            st.setLong(i, (long) page * size);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        instant(rs, 5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)
                    });
                }
            }
        }
        Map<Long, List<Leg>> legs =
                legs(c, id, rows.stream().map(r -> (Long) r[0]).toList());
        List<PlannedAssignment> items = rows.stream()
                .map(r -> new PlannedAssignment(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        legs.getOrDefault((Long) r[0], List.of()),
                        (Boolean) r[3],
                        (Instant) r[4],
                        (Long) r[5],
                        (Long) r[6],
                        (Long) r[7]))
                .toList();
        return new ResultPage<>(items, page, size, total);
    }

    /** Every assignment of the plan in scenario order. */
    public static List<PlannedAssignment> allAssignments(Connection c, long id) throws SQLException {
        return assignments(c, id, null, 0, Integer.MAX_VALUE).items();
    }

    private static Map<Long, List<Leg>> legs(Connection c, long id, List<Long> shipments) throws SQLException {
        Map<Long, List<Leg>> legs = new HashMap<>();
        if (shipments.isEmpty()) {
            return legs;
        }
        try (PreparedStatement st = c.prepareStatement("select shipment_id, lane_code, departure, arrival from"
                + " plan_leg where plan_id = ? and shipment_id = any(?) order by shipment_id, seq")) {
            st.setLong(1, id);
            st.setArray(2, c.createArrayOf("bigint", shipments.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    legs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Leg(rs.getString(2), instant(rs, 3), instant(rs, 4)));
                }
            }
        }
        return legs;
    }

    public static List<PlanProgress> progress(Connection c, long id) throws SQLException {
        List<PlanProgress> points = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select at, elapsed_ms, score_hard, score_medium, score_soft"
                + " from plan_progress where plan_id = ? order by seq")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    points.add(new PlanProgress(
                            instant(rs, 1), rs.getLong(2), new PlanScore(rs.getLong(3), rs.getLong(4), rs.getLong(5))));
                }
            }
        }
        return points;
    }

    /** The scenario document the plan was solved on (decompressed), or empty when it has none. */
    public static Optional<byte[]> snapshot(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select scenario_snapshot from plan where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || rs.getBytes(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(gunzip(rs.getBytes(1)));
            }
        }
    }

    // ---------------------------------------------------------------- mapping

    private static PlanVersion version(ResultSet rs) throws SQLException {
        Object hard = rs.getObject(6);
        PlanScore score = hard == null ? null : new PlanScore(rs.getLong(6), rs.getLong(7), rs.getLong(8));
        String kpis = rs.getString(9);
        String settings = rs.getString(10);
        Object freeze = rs.getObject(13);
        return new PlanVersion(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                PlanStatus.valueOf(rs.getString(4)),
                PlanKind.valueOf(rs.getString(5)),
                score,
                kpis == null ? null : read(kpis, new TypeReference<PlanSummary>() {}),
                settings == null ? Map.of() : read(settings, new TypeReference<Map<String, Object>>() {}),
                (Long) rs.getObject(11),
                instant(rs, 12),
                freeze == null ? null : Duration.ofSeconds(((Number) freeze).longValue()),
                rs.getInt(14),
                rs.getString(15),
                instant(rs, 16),
                instant(rs, 17),
                instant(rs, 18),
                instant(rs, 19),
                instant(rs, 20),
                instant(rs, 21),
                rs.getString(22),
                rs.getString(23));
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    st.setNull(i + 1, Types.NULL);
                } else {
                    st.setObject(i + 1, params[i]);
                }
            }
            return st.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] data) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 bytes of a text, for {@link NewPlan#scenarioSnapshot()}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
