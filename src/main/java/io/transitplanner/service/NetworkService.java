package io.transitplanner.service;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Versioned;
import io.transitplanner.persistence.NetworkStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Planners keep the network (nodes, lanes) and the rules between nations (permissions, quotas, disruptions) current.
 * Every reference is checked (a lane's ends must be nodes) and nothing in use is deleted: the answer names its users.
 */
@ApplicationScoped
public class NetworkService {
    private final NetworkStore store;
    private final AuditLog audit;

    NetworkService(NetworkStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- nodes

    @Transactional
    public List<Versioned<Node>> nodes() {
        return store.nodes();
    }

    @Transactional
    public Versioned<Node> node(String code) {
        return store.node(code).orElseThrow(() -> new RecordNotFoundException("no node " + code));
    }

    @Transactional
    public Versioned<Node> createNode(Node node) {
        if (store.nodeExists(node.code())) {
            throw new ConflictException(
                    "node " + node.code() + " already exists",
                    List.of(new FieldProblem("code", "'" + node.code() + "' is already a node")));
        }
        Versioned<Node> created = store.createNode(node);
        audit.record("CREATE", "node", node.code(), null);
        return created;
    }

    @Transactional
    public Versioned<Node> updateNode(Node node, long version) {
        Versioned<Node> updated = stale(() -> store.updateNode(node, version))
                .orElseThrow(() -> new RecordNotFoundException("no node " + node.code()));
        audit.record("UPDATE", "node", node.code(), "version " + version + " -> " + updated.version());
        return updated;
    }

    @Transactional
    public void deleteNode(String code) {
        node(code);
        List<String> users = store.nodeUsers(code);
        if (!users.isEmpty()) {
            throw new InUseException("node " + code, users);
        }
        store.deleteNode(code);
        audit.record("DELETE", "node", code, null);
    }

    // ---------------------------------------------------------------- lanes

    @Transactional
    public List<Versioned<Lane>> lanes() {
        return store.lanes();
    }

    @Transactional
    public Versioned<Lane> lane(String code) {
        return store.lane(code).orElseThrow(() -> new RecordNotFoundException("no lane " + code));
    }

    @Transactional
    public Versioned<Lane> createLane(Lane lane) {
        if (store.laneExists(lane.code())) {
            throw new ConflictException(
                    "lane " + lane.code() + " already exists",
                    List.of(new FieldProblem("code", "'" + lane.code() + "' is already a lane")));
        }
        checkEnds(lane);
        Versioned<Lane> created = store.createLane(lane);
        audit.record("CREATE", "lane", lane.code(), lane.from() + " -> " + lane.to());
        return created;
    }

    @Transactional
    public Versioned<Lane> updateLane(Lane lane, long version) {
        lane(lane.code());
        checkEnds(lane);
        Versioned<Lane> updated = stale(() -> store.updateLane(lane, version))
                .orElseThrow(() -> new RecordNotFoundException("no lane " + lane.code()));
        audit.record("UPDATE", "lane", lane.code(), "version " + version + " -> " + updated.version());
        return updated;
    }

    @Transactional
    public void deleteLane(String code) {
        lane(code);
        List<String> users = store.laneUsers(code);
        if (!users.isEmpty()) {
            throw new InUseException("lane " + code, users);
        }
        store.deleteLane(code);
        audit.record("DELETE", "lane", code, null);
    }

    private void checkEnds(Lane lane) {
        if (lane.from().equals(lane.to())) {
            throw new InvalidInputException("to", "must differ from 'from' (both are '" + lane.from() + "')");
        }
        List<FieldProblem> unknown = new ArrayList<>();
        if (!store.nodeExists(lane.from())) {
            unknown.add(new FieldProblem("from", "unknown node code '" + lane.from() + "'"));
        }
        if (!store.nodeExists(lane.to())) {
            unknown.add(new FieldProblem("to", "unknown node code '" + lane.to() + "'"));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException("lane " + lane.code() + " names unknown nodes", unknown);
        }
    }

    // ---------------------------------------------------------------- permissions

    @Transactional
    public List<Identified<Permission>> permissions() {
        return store.permissions();
    }

    @Transactional
    public Identified<Permission> permission(long id) {
        return store.permission(id).orElseThrow(() -> new RecordNotFoundException("no permission " + id));
    }

    @Transactional
    public Identified<Permission> createPermission(Permission permission) {
        checkValidity(permission);
        Identified<Permission> created = store.createPermission(permission);
        audit.record("CREATE", "permission", Long.toString(created.id()), permission.country());
        return created;
    }

    @Transactional
    public Identified<Permission> updatePermission(long id, Permission permission, long version) {
        checkValidity(permission);
        Identified<Permission> updated = stale(() -> store.updatePermission(id, permission, version))
                .orElseThrow(() -> new RecordNotFoundException("no permission " + id));
        audit.record("UPDATE", "permission", Long.toString(id), "version " + version + " -> " + updated.version());
        return updated;
    }

    @Transactional
    public void deletePermission(long id) {
        if (!store.deletePermission(id)) {
            throw new RecordNotFoundException("no permission " + id);
        }
        audit.record("DELETE", "permission", Long.toString(id), null);
    }

    private static void checkValidity(Permission p) {
        if (p.validFrom() != null && p.validTo() != null && !p.validTo().isAfter(p.validFrom())) {
            throw new InvalidInputException("validTo", "must be after validFrom " + p.validFrom());
        }
    }

    // ---------------------------------------------------------------- quotas

    @Transactional
    public List<Identified<Quota>> quotas() {
        return store.quotas();
    }

    @Transactional
    public Identified<Quota> quota(long id) {
        return store.quota(id).orElseThrow(() -> new RecordNotFoundException("no quota " + id));
    }

    @Transactional
    public Identified<Quota> createQuota(Quota quota) {
        Identified<Quota> created = store.createQuota(quota);
        audit.record("CREATE", "quota", Long.toString(created.id()), quota.country() + " " + quota.period());
        return created;
    }

    @Transactional
    public Identified<Quota> updateQuota(long id, Quota quota, long version) {
        Identified<Quota> updated = stale(() -> store.updateQuota(id, quota, version))
                .orElseThrow(() -> new RecordNotFoundException("no quota " + id));
        audit.record("UPDATE", "quota", Long.toString(id), "version " + version + " -> " + updated.version());
        return updated;
    }

    @Transactional
    public void deleteQuota(long id) {
        if (!store.deleteQuota(id)) {
            throw new RecordNotFoundException("no quota " + id);
        }
        audit.record("DELETE", "quota", Long.toString(id), null);
    }

    // ---------------------------------------------------------------- disruptions

    @Transactional
    public List<Identified<Disruption>> disruptions() {
        return store.disruptions();
    }

    @Transactional
    public Identified<Disruption> disruption(long id) {
        return store.disruption(id).orElseThrow(() -> new RecordNotFoundException("no disruption " + id));
    }

    @Transactional
    public Identified<Disruption> createDisruption(Disruption disruption) {
        checkDisruption(disruption);
        Identified<Disruption> created = store.createDisruption(disruption);
        audit.record("CREATE", "disruption", Long.toString(created.id()), target(disruption));
        return created;
    }

    @Transactional
    public Identified<Disruption> updateDisruption(long id, Disruption disruption, long version) {
        disruption(id);
        checkDisruption(disruption);
        Identified<Disruption> updated = stale(() -> store.updateDisruption(id, disruption, version))
                .orElseThrow(() -> new RecordNotFoundException("no disruption " + id));
        audit.record("UPDATE", "disruption", Long.toString(id), "version " + version + " -> " + updated.version());
        return updated;
    }

    @Transactional
    public void deleteDisruption(long id) {
        if (!store.deleteDisruption(id)) {
            throw new RecordNotFoundException("no disruption " + id);
        }
        audit.record("DELETE", "disruption", Long.toString(id), null);
    }

    private void checkDisruption(Disruption d) {
        if ((d.node() == null) == (d.lane() == null)) {
            throw new InvalidInputException("$", "must name exactly one of node or lane");
        }
        if (!d.to().isAfter(d.from())) {
            throw new InvalidInputException("to", "must be after 'from' " + d.from());
        }
        if (d.node() != null && !store.nodeExists(d.node())) {
            throw new UnknownReferenceException("node", "unknown node code '" + d.node() + "'");
        }
        if (d.lane() != null && !store.laneExists(d.lane())) {
            throw new UnknownReferenceException("lane", "unknown lane code '" + d.lane() + "'");
        }
    }

    private static String target(Disruption d) {
        return d.node() != null ? "node " + d.node() : "lane " + d.lane();
    }

    // ---------------------------------------------------------------- shared

    /** Runs an update, turning a version that moved on into the typed "stale version" refusal. */
    private static <T> T stale(Supplier<T> update) {
        try {
            return update.get();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(e.getMessage());
        }
    }
}
