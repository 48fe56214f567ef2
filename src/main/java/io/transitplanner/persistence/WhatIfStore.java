package io.transitplanner.persistence;

import static io.transitplanner.persistence.LiveScenarioReader.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.WhatIf;
import io.transitplanner.domain.WhatIfChanges;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What-ifs in plain JDBC on a connection the caller owns (as {@link PlanVersionStore}): each keeps its changes, its
 * changed scenario in the exchange format (gzip) and the server id of each of its shipments.
 */
public final class WhatIfStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String COLUMNS = "w.id, w.name, w.description, w.changes::text, w.scenario_name,"
            + " w.node_count, w.lane_count, w.disruption_count, w.quota_count, w.shipment_count, w.created_by,"
            + " w.created_at, w.base_snapshot_at, p.id, p.status from what_if w left join lateral (select id, status"
            + " from plan where what_if_id = w.id order by version_number desc limit 1) p on true";

    /** A new what-if: its changes, its changed scenario (exchange format) and the server ids of its shipments. */
    public record NewWhatIf(
            String name,
            String description,
            WhatIfChanges changes,
            Scenario scenario,
            String document,
            List<Long> shipmentIds,
            String createdBy,
            Instant baseSnapshotAt) {}

    /** The scenario document of a what-if and the server id of each of its shipments, in the scenario's order. */
    public record Stored(String document, List<Long> shipmentIds) {}

    private WhatIfStore() {}

    public static long create(Connection c, NewWhatIf w, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into what_if (name, description, changes, scenario,"
                + " shipment_ids, scenario_name, node_count, lane_count, disruption_count, quota_count,"
                + " shipment_count, created_by, created_at, base_snapshot_at)"
                + " values (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            Scenario s = w.scenario();
            st.setString(1, w.name());
            st.setString(2, w.description());
            st.setString(3, json(w.changes()));
            st.setBytes(4, PlanVersionStore.gzip(PlanVersionStore.utf8(w.document())));
            st.setArray(5, c.createArrayOf("bigint", w.shipmentIds().toArray()));
            st.setString(6, s.name());
            st.setInt(7, s.nodes().size());
            st.setInt(8, s.lanes().size());
            st.setInt(9, s.disruptions().size());
            st.setInt(10, s.quotas().size());
            st.setInt(11, s.shipments().size());
            st.setString(12, w.createdBy());
            st.setObject(13, now.atOffset(ZoneOffset.UTC));
            st.setObject(14, w.baseSnapshotAt().atOffset(ZoneOffset.UTC));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static boolean nameTaken(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select 1 from what_if where name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static Optional<WhatIf> find(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " where w.id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(whatIf(rs)) : Optional.empty();
            }
        }
    }

    /** Newest first. */
    public static ResultPage<WhatIf> list(Connection c, int page, int size) throws SQLException {
        long total;
        try (PreparedStatement st = c.prepareStatement("select count(*) from what_if");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<WhatIf> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select " + COLUMNS + " order by w.id desc limit ? offset ?")) {
            st.setInt(1, size);
            st.setLong(2, (long) page * size);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(whatIf(rs));
                }
            }
        }
        return new ResultPage<>(items, page, size, total);
    }

    /** The what-if's scenario document (decompressed) and shipment ids. */
    public static Optional<Stored> stored(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select scenario, shipment_ids from what_if where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String document = new String(PlanVersionStore.gunzip(rs.getBytes(1)), StandardCharsets.UTF_8);
                Array ids = rs.getArray(2);
                List<Long> shipmentIds = Arrays.stream((Long[]) ids.getArray()).toList();
                return Optional.of(new Stored(document, shipmentIds));
            }
        }
    }

    /** The ids of the what-if's plans that are not finished (DRAFT or SOLVING). */
    public static List<Long> unfinishedPlans(Connection c, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "select id from plan where what_if_id = ? and status in ('DRAFT', 'SOLVING') order by id")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Deletes the what-if and its plans (their assignments, legs and progress go with them). */
    public static boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("delete from what_if where id = ?")) {
            st.setLong(1, id);
            return st.executeUpdate() > 0;
        }
    }

    /** Makes the plan one of the what-if's. */
    public static void attachPlan(Connection c, long planId, long whatIfId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update plan set what_if_id = ? where id = ?")) {
            st.setLong(1, whatIfId);
            st.setLong(2, planId);
            st.executeUpdate();
        }
    }

    /** The what-if a plan belongs to, or empty for any other plan. */
    public static Optional<Long> ofPlan(Connection c, long planId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select what_if_id from plan where id = ?")) {
            st.setLong(1, planId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable((Long) rs.getObject(1)) : Optional.empty();
            }
        }
    }

    private static WhatIf whatIf(ResultSet rs) throws SQLException {
        String status = rs.getString(15);
        return new WhatIf(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                changes(rs.getString(4)),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getString(11),
                instant(rs, 12),
                instant(rs, 13),
                (Long) rs.getObject(14),
                status == null ? null : PlanStatus.valueOf(status));
    }

    private static String json(WhatIfChanges changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WhatIfChanges changes(String json) {
        try {
            return JSON.readValue(json, WhatIfChanges.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored what-if changes cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
