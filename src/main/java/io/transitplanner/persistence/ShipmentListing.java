package io.transitplanner.persistence;

import static io.transitplanner.persistence.LiveScenarioReader.instant;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.PageRequest;
import io.transitplanner.domain.SeekPage;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentFilter;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The shipment listings, read with one SQL statement per page (two with a count) and no entity loaded: a listing is
 * the most frequent request of the service, and it only reads. The page is an index range scan of the rows it returns
 * (the indexes ending in id of V3 and V5), its pinned legs are joined in the same statement, and the statement text
 * depends only on which criteria are set, so the driver keeps it prepared on the server.
 */
@ApplicationScoped
public class ShipmentListing {
    private static final String COLUMNS = "id, nation, reference, origin, destination, cargo_class, teu, weight_tons,"
            + " available_at, due_at, priority, status, version, created_at, updated_at, needs_replan";

    private final DataSource dataSource;

    ShipmentListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One page of the matching shipments in id order; one row more than the page tells whether another page follows.
     * The total is counted only when asked for.
     */
    public SeekPage<TrackedShipment> page(ShipmentFilter filter, PageRequest request) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        try (Connection c = dataSource.getConnection()) {
            Long total = request.count() ? count(c, where, values) : null;
            List<Object> pageValues = new ArrayList<>(values);
            String pageWhere = where;
            if (request.afterId() != null) {
                pageWhere += " and id > ?";
                pageValues.add(request.afterId());
            }
            String sql = "with page as (select " + COLUMNS + " from shipment where " + pageWhere
                    + " order by id limit ?" + (request.offset() > 0 ? " offset ?" : "") + ")"
                    + " select p.*, l.lane_code, l.departure, l.arrival from page p"
                    + " left join pinned_leg l on l.shipment_id = p.id order by p.id, l.seq";
            pageValues.add(request.size() + 1);
            if (request.offset() > 0) {
                pageValues.add(request.offset());
            }
            List<TrackedShipment> items = read(c, sql, pageValues);
            boolean more = items.size() > request.size();
            if (more) {
                items = items.subList(0, request.size());
            }
            Long next = more ? items.get(items.size() - 1).id() : null;
            return new SeekPage<>(List.copyOf(items), request.page(), request.size(), total, next);
        } catch (SQLException e) {
            throw new IllegalStateException("the shipment listing could not be read: " + e.getMessage(), e);
        }
    }

    private static String where(ShipmentFilter filter, List<Object> values) {
        StringBuilder where = new StringBuilder("true");
        criterion(where, values, "nation = ?", filter.nation());
        criterion(
                where,
                values,
                "status = ?",
                filter.status() == null ? null : filter.status().name());
        criterion(where, values, "origin = ?", filter.origin());
        criterion(where, values, "destination = ?", filter.destination());
        criterion(
                where,
                values,
                "cargo_class = ?",
                filter.cargoClass() == null ? null : filter.cargoClass().name());
        criterion(where, values, "due_at >= ?", filter.dueFrom() == null ? null : Timestamp.from(filter.dueFrom()));
        criterion(where, values, "due_at < ?", filter.dueTo() == null ? null : Timestamp.from(filter.dueTo()));
        return where.toString();
    }

    private static void criterion(StringBuilder where, List<Object> values, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            values.add(value);
        }
    }

    private static long count(Connection c, String where, List<Object> values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select count(*) from shipment where " + where)) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<TrackedShipment> read(Connection c, String sql, List<Object> values) throws SQLException {
        List<TrackedShipment> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                Row row = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (row == null || row.id != id) {
                        if (row != null) {
                            items.add(row.shipment());
                        }
                        row = new Row(id, rs);
                    }
                    String lane = rs.getString(17);
                    if (lane != null) {
                        row.legs.add(new Leg(lane, instant(rs, 18), instant(rs, 19)));
                    }
                }
                if (row != null) {
                    items.add(row.shipment());
                }
            }
        }
        return items;
    }

    private static void bind(PreparedStatement st, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setObject(i + 1, values.get(i));
        }
    }

    /** The columns of one shipment, gathered while its pinned legs (one joined row each) are read. */
    private static final class Row {
        final long id;
        final String nation;
        final String reference;
        final String origin;
        final String destination;
        final CargoClass cargoClass;
        final int teu;
        final double weightTons;
        final Instant availableAt;
        final Instant dueAt;
        final int priority;
        final ShipmentStatus status;
        final long version;
        final Instant createdAt;
        final Instant updatedAt;
        final boolean needsReplan;
        final List<Leg> legs = new ArrayList<>(0);

        Row(long id, ResultSet rs) throws SQLException {
            this.id = id;
            nation = rs.getString(2);
            reference = rs.getString(3);
            origin = rs.getString(4);
            destination = rs.getString(5);
            cargoClass = CargoClass.valueOf(rs.getString(6));
            teu = rs.getInt(7);
            weightTons = rs.getDouble(8);
            availableAt = instant(rs, 9);
            dueAt = instant(rs, 10);
            priority = rs.getInt(11);
            status = ShipmentStatus.valueOf(rs.getString(12));
            version = rs.getLong(13);
            createdAt = instant(rs, 14);
            updatedAt = instant(rs, 15);
            needsReplan = rs.getBoolean(16);
        }

        TrackedShipment shipment() {
            Shipment s = new Shipment(
                    reference,
                    nation,
                    origin,
                    destination,
                    cargoClass,
                    teu,
                    weightTons,
                    availableAt,
                    dueAt,
                    priority,
                    legs);
            return new TrackedShipment(id, s, status, version, createdAt, updatedAt, needsReplan);
        }
    }
}
