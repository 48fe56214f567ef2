package io.transitplanner.persistence;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Schedule;
import io.transitplanner.domain.Versioned;
import io.transitplanner.domain.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;

/** Copies the network and the rules between domain records and entities, field by field. */
final class NetworkMapping {

    private NetworkMapping() {}

    // ---------------------------------------------------------------- nodes

    static Versioned<Node> toDomain(NodeEntity e) {
        return new Versioned<>(
                new Node(
                        e.code,
                        e.name,
                        e.country,
                        e.kind,
                        e.lat,
                        e.lon,
                        e.handlingHours,
                        e.throughputTeuPerDay,
                        e.note),
                e.version);
    }

    /** Copies everything but the code, which is the node's immutable key. */
    static void copy(Node n, NodeEntity e) {
        e.name = n.name();
        e.country = n.country();
        e.kind = n.kind();
        e.lat = n.lat();
        e.lon = n.lon();
        e.handlingHours = n.handlingHours();
        e.throughputTeuPerDay = n.throughputTeuPerDay();
        e.note = n.note();
    }

    // ---------------------------------------------------------------- lanes

    static Versioned<Lane> toDomain(LaneEntity e) {
        Lane lane = new Lane(
                e.code,
                e.fromNode,
                e.toNode,
                e.mode,
                e.transitHours,
                e.capacityTeu,
                e.capacityTons,
                e.costPerTeu,
                List.copyOf(e.transits),
                schedule(e.scheduleKind, e.departures),
                e.note);
        return new Versioned<>(lane, e.version);
    }

    static void copy(Lane l, LaneEntity e) {
        e.fromNode = l.from();
        e.toNode = l.to();
        e.mode = l.mode();
        e.transitHours = l.transitHours();
        e.capacityTeu = l.capacityTeu();
        e.capacityTons = l.capacityTons();
        e.costPerTeu = l.costPerTeu();
        e.transits.clear();
        e.transits.addAll(l.transits());
        e.departures.clear();
        if (l.schedule() instanceof Schedule.Daily d) {
            e.scheduleKind = ScheduleKind.DAILY;
            d.times().forEach(t -> e.departures.add(t.toString()));
        } else if (l.schedule() instanceof Schedule.Weekly w) {
            e.scheduleKind = ScheduleKind.WEEKLY;
            w.slots().forEach(s -> e.departures.add(s.text()));
        } else if (l.schedule() instanceof Schedule.At a) {
            e.scheduleKind = ScheduleKind.AT;
            a.instants().forEach(i -> e.departures.add(i.toString()));
        }
        e.note = l.note();
    }

    static Schedule schedule(ScheduleKind kind, List<String> entries) {
        return switch (kind) {
            case DAILY -> new Schedule.Daily(
                    entries.stream().map(LocalTime::parse).toList());
            case WEEKLY -> new Schedule.Weekly(
                    entries.stream().map(NetworkMapping::weeklySlot).toList());
            case AT -> new Schedule.At(entries.stream().map(Instant::parse).toList());
        };
    }

    /** Reads {@code MON 06:00}, the form {@link WeeklySlot#text()} writes. */
    private static WeeklySlot weeklySlot(String text) {
        String day = text.substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(day)) {
                return new WeeklySlot(d, LocalTime.parse(text.substring(4)));
            }
        }
        throw new IllegalStateException("stored weekly slot '" + text + "' has no valid day");
    }

    // ---------------------------------------------------------------- rules

    static Identified<Permission> toDomain(PermissionEntity e) {
        Permission p = new Permission(
                e.country,
                new LinkedHashSet<>(e.cargoClasses),
                e.modes.isEmpty() ? null : new LinkedHashSet<>(e.modes),
                e.nations.isEmpty() ? null : new LinkedHashSet<>(e.nations),
                e.validFrom,
                e.validTo,
                e.note);
        return new Identified<>(e.id, p, e.version);
    }

    static void copy(Permission p, PermissionEntity e) {
        e.country = p.country();
        e.cargoClasses.clear();
        e.cargoClasses.addAll(p.cargoClasses());
        e.modes.clear();
        if (p.modes() != null) {
            e.modes.addAll(p.modes());
        }
        e.nations.clear();
        if (p.nations() != null) {
            e.nations.addAll(p.nations());
        }
        e.validFrom = p.validFrom();
        e.validTo = p.validTo();
        e.note = p.note();
    }

    static Identified<Quota> toDomain(QuotaEntity e) {
        return new Identified<>(
                e.id, new Quota(e.country, e.period, e.maxTeu, e.nation, e.cargoClass, e.note), e.version);
    }

    static void copy(Quota q, QuotaEntity e) {
        e.country = q.country();
        e.period = q.period();
        e.maxTeu = q.maxTeu();
        e.nation = q.nation();
        e.cargoClass = q.cargoClass();
        e.note = q.note();
    }

    static Identified<Disruption> toDomain(DisruptionEntity e) {
        return new Identified<>(
                e.id, new Disruption(e.nodeCode, e.laneCode, e.fromAt, e.toAt, e.capacityFactor, e.reason), e.version);
    }

    static void copy(Disruption d, DisruptionEntity e) {
        e.nodeCode = d.node();
        e.laneCode = d.lane();
        e.fromAt = d.from();
        e.toAt = d.to();
        e.capacityFactor = d.capacityFactor();
        e.reason = d.reason();
    }
}
