package io.transitplanner.persistence;

import io.quarkus.panache.common.Sort;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The live network and the rules between nations. Updates take the version the caller last read and throw
 * {@link OptimisticLockException} when the record has changed since; the caller's transaction decides the rest.
 */
@ApplicationScoped
public class NetworkStore {
    /** How many shipments a "node in use" answer names before it only counts them. */
    private static final int SHIPMENTS_NAMED = 10;

    private final NodeRepository nodes;
    private final LaneRepository lanes;
    private final PermissionRepository permissions;
    private final QuotaRepository quotas;
    private final DisruptionRepository disruptions;
    private final ShipmentRepository shipments;
    private final EntityManager em;

    NetworkStore(
            NodeRepository nodes,
            LaneRepository lanes,
            PermissionRepository permissions,
            QuotaRepository quotas,
            DisruptionRepository disruptions,
            ShipmentRepository shipments,
            EntityManager em) {
        this.nodes = nodes;
        this.lanes = lanes;
        this.permissions = permissions;
        this.quotas = quotas;
        this.disruptions = disruptions;
        this.shipments = shipments;
        this.em = em;
    }

    // ---------------------------------------------------------------- nodes

    public List<Versioned<Node>> nodes() {
        return nodes.listAll(Sort.by("position").and("code")).stream()
                .map(NetworkMapping::toDomain)
                .toList();
    }

    public Optional<Versioned<Node>> node(String code) {
        return nodes.findByIdOptional(code).map(NetworkMapping::toDomain);
    }

    public Set<String> nodeCodes() {
        return new HashSet<>(
                em.createQuery("select n.code from NodeEntity n", String.class).getResultList());
    }

    public boolean nodeExists(String code) {
        return code != null && nodes.findByIdOptional(code).isPresent();
    }

    public Versioned<Node> createNode(Node node) {
        NodeEntity e = new NodeEntity();
        e.code = node.code();
        NetworkMapping.copy(node, e);
        nodes.persist(e);
        nodes.flush();
        return NetworkMapping.toDomain(e);
    }

    public Optional<Versioned<Node>> updateNode(Node node, long expectedVersion) {
        Optional<NodeEntity> found = nodes.findByIdOptional(node.code());
        found.ifPresent(e -> {
            checkVersion("node " + node.code(), e.version, expectedVersion);
            NetworkMapping.copy(node, e);
            nodes.flush();
        });
        return found.map(NetworkMapping::toDomain);
    }

    /** What refers to the node: lanes, disruptions and shipments, each described in a few words. */
    public List<String> nodeUsers(String code) {
        List<String> users = new ArrayList<>();
        lanes.list("fromNode = ?1 or toNode = ?1", Sort.by("code"), code).forEach(l -> users.add("lane " + l.code));
        disruptions.list("nodeCode", Sort.by("id"), code).forEach(d -> users.add("disruption " + d.id));
        long count = shipments.count("origin = ?1 or destination = ?1", code);
        if (count > 0) {
            List<Long> ids = em.createQuery(
                            "select s.id from ShipmentEntity s where s.origin = ?1 or s.destination = ?1 order by s.id",
                            Long.class)
                    .setParameter(1, code)
                    .setMaxResults(SHIPMENTS_NAMED)
                    .getResultList();
            ids.forEach(id -> users.add("shipment " + id));
            if (count > ids.size()) {
                users.add("and " + (count - ids.size()) + " more shipments");
            }
        }
        return users;
    }

    public boolean deleteNode(String code) {
        return nodes.deleteById(code);
    }

    // ---------------------------------------------------------------- lanes

    public List<Versioned<Lane>> lanes() {
        return lanes.listAll(Sort.by("position").and("code")).stream()
                .map(NetworkMapping::toDomain)
                .toList();
    }

    public Optional<Versioned<Lane>> lane(String code) {
        return lanes.findByIdOptional(code).map(NetworkMapping::toDomain);
    }

    public boolean laneExists(String code) {
        return code != null && lanes.findByIdOptional(code).isPresent();
    }

    public Set<String> laneCodes() {
        return new HashSet<>(
                em.createQuery("select l.code from LaneEntity l", String.class).getResultList());
    }

    public Versioned<Lane> createLane(Lane lane) {
        LaneEntity e = new LaneEntity();
        e.code = lane.code();
        NetworkMapping.copy(lane, e);
        lanes.persist(e);
        lanes.flush();
        return NetworkMapping.toDomain(e);
    }

    public Optional<Versioned<Lane>> updateLane(Lane lane, long expectedVersion) {
        Optional<LaneEntity> found = lanes.findByIdOptional(lane.code());
        found.ifPresent(e -> {
            checkVersion("lane " + lane.code(), e.version, expectedVersion);
            NetworkMapping.copy(lane, e);
            lanes.flush();
        });
        return found.map(NetworkMapping::toDomain);
    }

    /** What refers to the lane: disruptions and shipments whose pinned legs ride it. */
    public List<String> laneUsers(String code) {
        List<String> users = new ArrayList<>();
        disruptions.list("laneCode", Sort.by("id"), code).forEach(d -> users.add("disruption " + d.id));
        @SuppressWarnings("unchecked")
        List<Number> pinned = em.createNativeQuery(
                        "select distinct shipment_id from pinned_leg where lane_code = ?1 order by shipment_id")
                .setParameter(1, code)
                .setMaxResults(SHIPMENTS_NAMED + 1)
                .getResultList();
        pinned.stream().limit(SHIPMENTS_NAMED).forEach(id -> users.add("shipment " + id + " (pinned leg)"));
        if (pinned.size() > SHIPMENTS_NAMED) {
            users.add("and more shipments");
        }
        return users;
    }

    public boolean deleteLane(String code) {
        return lanes.deleteById(code);
    }

    // ---------------------------------------------------------------- permissions

    public List<Identified<Permission>> permissions() {
        return permissions.listAll(Sort.by("id")).stream()
                .map(NetworkMapping::toDomain)
                .toList();
    }

    public Optional<Identified<Permission>> permission(long id) {
        return permissions.findByIdOptional(id).map(NetworkMapping::toDomain);
    }

    public Identified<Permission> createPermission(Permission permission) {
        PermissionEntity e = new PermissionEntity();
        NetworkMapping.copy(permission, e);
        permissions.persist(e);
        permissions.flush();
        return NetworkMapping.toDomain(e);
    }

    public Optional<Identified<Permission>> updatePermission(long id, Permission permission, long expectedVersion) {
        Optional<PermissionEntity> found = permissions.findByIdOptional(id);
        found.ifPresent(e -> {
            checkVersion("permission " + id, e.version, expectedVersion);
            NetworkMapping.copy(permission, e);
            permissions.flush();
        });
        return found.map(NetworkMapping::toDomain);
    }

    public boolean deletePermission(long id) {
        return permissions.deleteById(id);
    }

    // ---------------------------------------------------------------- quotas

    public List<Identified<Quota>> quotas() {
        return quotas.listAll(Sort.by("id")).stream()
                .map(NetworkMapping::toDomain)
                .toList();
    }

    public Optional<Identified<Quota>> quota(long id) {
        return quotas.findByIdOptional(id).map(NetworkMapping::toDomain);
    }

    public Identified<Quota> createQuota(Quota quota) {
        QuotaEntity e = new QuotaEntity();
        NetworkMapping.copy(quota, e);
        quotas.persist(e);
        quotas.flush();
        return NetworkMapping.toDomain(e);
    }

    public Optional<Identified<Quota>> updateQuota(long id, Quota quota, long expectedVersion) {
        Optional<QuotaEntity> found = quotas.findByIdOptional(id);
        found.ifPresent(e -> {
            checkVersion("quota " + id, e.version, expectedVersion);
            NetworkMapping.copy(quota, e);
            quotas.flush();
        });
        return found.map(NetworkMapping::toDomain);
    }

    public boolean deleteQuota(long id) {
        return quotas.deleteById(id);
    }

    // ---------------------------------------------------------------- disruptions

    public List<Identified<Disruption>> disruptions() {
        return disruptions.listAll(Sort.by("id")).stream()
                .map(NetworkMapping::toDomain)
                .toList();
    }

    public Optional<Identified<Disruption>> disruption(long id) {
        return disruptions.findByIdOptional(id).map(NetworkMapping::toDomain);
    }

    public Identified<Disruption> createDisruption(Disruption disruption) {
        DisruptionEntity e = new DisruptionEntity();
        NetworkMapping.copy(disruption, e);
        disruptions.persist(e);
        disruptions.flush();
        return NetworkMapping.toDomain(e);
    }

    public Optional<Identified<Disruption>> updateDisruption(long id, Disruption disruption, long expectedVersion) {
        Optional<DisruptionEntity> found = disruptions.findByIdOptional(id);
        found.ifPresent(e -> {
            checkVersion("disruption " + id, e.version, expectedVersion);
            NetworkMapping.copy(disruption, e);
            disruptions.flush();
        });
        return found.map(NetworkMapping::toDomain);
    }

    public boolean deleteDisruption(long id) {
        return disruptions.deleteById(id);
    }

    // ---------------------------------------------------------------- shared

    /**
     * The version the caller read must be the stored one; Hibernate's own check at flush then covers a change that
     * lands between this read and the write.
     */
    static void checkVersion(String what, long stored, long expected) {
        if (stored != expected) {
            throw new OptimisticLockException(
                    what + " is at version " + stored + ", the change was based on version " + expected);
        }
    }
}
