package io.transitplanner.persistence;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.ExchangeIds;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.NodeKind;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.QuotaPeriod;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the live scenario (header, network, rules, disruptions and every shipment still to be delivered) with plain
 * JDBC, so that the service and the batch replan command, which runs without the service's container, read it alike.
 * The caller chooses the transaction; a repeatable-read one gives a consistent snapshot without blocking writers.
 */
public final class LiveScenarioReader {

    /**
     * The scenario with shipments named by their exchange ids, and the server id of each shipment in the same order.
     */
    public record LiveScenario(Scenario scenario, List<Long> shipmentIds, Instant readAt) {
        public LiveScenario {
            shipmentIds = List.copyOf(shipmentIds);
        }

        /** Server id by exchange id. */
        public Map<String, Long> idsByExchangeId() {
            Map<String, Long> ids = new HashMap<>();
            for (int i = 0; i < shipmentIds.size(); i++) {
                ids.put(scenario.shipments().get(i).id(), shipmentIds.get(i));
            }
            return ids;
        }
    }

    private LiveScenarioReader() {}

    /** The live scenario, or empty when none has been imported. */
    public static Optional<LiveScenario> read(Connection c, Instant now) throws SQLException {
        String name;
        Horizon horizon;
        try (PreparedStatement st = c.prepareStatement("select name, horizon_start, horizon_end from scenario_meta");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            name = rs.getString(1);
            horizon = new Horizon(instant(rs, 2), instant(rs, 3));
        }
        List<String> notes = new ArrayList<>();
        query(c, "select text from scenario_note order by seq", rs -> notes.add(rs.getString(1)));

        List<Node> nodes = new ArrayList<>();
        query(
                c,
                "select code, name, country, kind, lat, lon, handling_hours, throughput_teu_per_day, note from node"
                        + " order by position, code",
                rs -> nodes.add(new Node(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        NodeKind.valueOf(rs.getString(4)),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getInt(7),
                        (Integer) rs.getObject(8),
                        rs.getString(9))));

        Map<String, List<String>> transits = new HashMap<>();
        query(c, "select lane_code, country from lane_transit order by lane_code, seq", rs -> transits.computeIfAbsent(
                        rs.getString(1), k -> new ArrayList<>())
                .add(rs.getString(2)));
        Map<String, List<String>> departures = new HashMap<>();
        query(c, "select lane_code, entry from lane_departure order by lane_code, seq", rs -> departures
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(rs.getString(2)));
        List<Lane> lanes = new ArrayList<>();
        query(
                c,
                "select code, from_node, to_node, mode, transit_hours, capacity_teu, capacity_tons, cost_per_teu,"
                        + " schedule_kind, note from lane order by position, code",
                rs -> {
                    String code = rs.getString(1);
                    lanes.add(new Lane(
                            code,
                            rs.getString(2),
                            rs.getString(3),
                            Mode.valueOf(rs.getString(4)),
                            rs.getInt(5),
                            rs.getInt(6),
                            (Double) rs.getObject(7),
                            rs.getInt(8),
                            transits.getOrDefault(code, List.of()),
                            NetworkMapping.schedule(
                                    ScheduleKind.valueOf(rs.getString(9)), departures.getOrDefault(code, List.of())),
                            rs.getString(10)));
                });

        Map<Long, Set<CargoClass>> classes = new HashMap<>();
        query(c, "select permission_id, cargo_class from permission_cargo_class", rs -> classes.computeIfAbsent(
                        rs.getLong(1), k -> new LinkedHashSet<>())
                .add(CargoClass.valueOf(rs.getString(2))));
        Map<Long, Set<Mode>> modes = new HashMap<>();
        query(c, "select permission_id, mode from permission_mode", rs -> modes.computeIfAbsent(
                        rs.getLong(1), k -> new LinkedHashSet<>())
                .add(Mode.valueOf(rs.getString(2))));
        Map<Long, Set<String>> nations = new HashMap<>();
        query(c, "select permission_id, nation from permission_nation", rs -> nations.computeIfAbsent(
                        rs.getLong(1), k -> new LinkedHashSet<>())
                .add(rs.getString(2)));
        List<Permission> permissions = new ArrayList<>();
        query(c, "select id, country, valid_from, valid_to, note from permission order by id", rs -> {
            long id = rs.getLong(1);
            permissions.add(new Permission(
                    rs.getString(2),
                    classes.getOrDefault(id, Set.of()),
                    modes.get(id),
                    nations.get(id),
                    instant(rs, 3),
                    instant(rs, 4),
                    rs.getString(5)));
        });
        List<Quota> quotas = new ArrayList<>();
        query(
                c,
                "select country, period, max_teu, nation, cargo_class, note from quota order by id",
                rs -> quotas.add(new Quota(
                        rs.getString(1),
                        QuotaPeriod.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5) == null ? null : CargoClass.valueOf(rs.getString(5)),
                        rs.getString(6))));
        List<Disruption> disruptions = new ArrayList<>();
        query(
                c,
                "select node_code, lane_code, from_at, to_at, capacity_factor, reason from disruption order by id",
                rs -> disruptions.add(new Disruption(
                        rs.getString(1),
                        rs.getString(2),
                        instant(rs, 3),
                        instant(rs, 4),
                        rs.getDouble(5),
                        rs.getString(6))));

        Map<Long, List<Leg>> pinned = new HashMap<>();
        query(
                c,
                "select l.shipment_id, l.lane_code, l.departure, l.arrival from pinned_leg l join shipment s"
                        + " on s.id = l.shipment_id where s.status in ('SUBMITTED', 'PLANNED', 'IN_TRANSIT')"
                        + " order by l.shipment_id, l.seq",
                rs -> pinned.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Leg(rs.getString(2), instant(rs, 3), instant(rs, 4))));
        List<TrackedShipment> tracked = new ArrayList<>();
        query(
                c,
                "select id, reference, nation, origin, destination, cargo_class, teu, weight_tons, available_at,"
                        + " due_at, priority, status, version, created_at, updated_at from shipment"
                        + " where status in ('SUBMITTED', 'PLANNED', 'IN_TRANSIT') order by id",
                rs -> {
                    long id = rs.getLong(1);
                    Shipment s = new Shipment(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            CargoClass.valueOf(rs.getString(6)),
                            rs.getInt(7),
                            rs.getDouble(8),
                            instant(rs, 9),
                            instant(rs, 10),
                            rs.getInt(11),
                            pinned.getOrDefault(id, List.of()));
                    tracked.add(new TrackedShipment(
                            id,
                            s,
                            ShipmentStatus.valueOf(rs.getString(12)),
                            rs.getLong(13),
                            instant(rs, 14),
                            instant(rs, 15)));
                });
        Map<Long, String> exchangeIds = ExchangeIds.of(tracked);
        List<Shipment> shipments = new ArrayList<>(tracked.size());
        List<Long> ids = new ArrayList<>(tracked.size());
        for (TrackedShipment t : tracked) {
            Shipment s = t.shipment();
            shipments.add(new Shipment(
                    exchangeIds.get(t.id()),
                    s.nation(),
                    s.origin(),
                    s.destination(),
                    s.cargoClass(),
                    s.teu(),
                    s.weightTons(),
                    s.availableAt(),
                    s.dueAt(),
                    s.priority(),
                    s.pinnedLegs()));
            ids.add(t.id());
        }
        Scenario scenario =
                new Scenario(name, horizon, nodes, lanes, permissions, quotas, disruptions, shipments, notes);
        return Optional.of(new LiveScenario(scenario, ids, now));
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Connection c, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
