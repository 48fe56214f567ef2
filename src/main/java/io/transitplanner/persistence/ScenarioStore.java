package io.transitplanner.persistence;

import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Horizon;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.Permission;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioHeader;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The live scenario as a whole: its header, and replacing everything at once by an imported scenario. */
@ApplicationScoped
public class ScenarioStore {
    /** The rules go whole (nothing outside them refers to them); nodes and lanes are replaced in place. */
    private static final List<String> RULE_TABLES = List.of("disruption", "quota", "permission", "scenario_meta");

    private final ScenarioMetaRepository metas;
    private final EntityManager em;

    ScenarioStore(ScenarioMetaRepository metas, EntityManager em) {
        this.metas = metas;
        this.em = em;
    }

    public Optional<ScenarioHeader> header() {
        return metas.findByIdOptional(ScenarioMetaEntity.THE_ONLY_ID)
                .map(m -> new ScenarioHeader(m.name, new Horizon(m.horizonStart, m.horizonEnd), List.copyOf(m.notes)));
    }

    /**
     * Puts the document's network, rules and header in place of the stored ones and stores its shipments: nodes and
     * lanes of the document are updated in place or added (in the document's order), the others deleted unless
     * retained; shipments the document names are updated ({@code updates}, by id) or added. Stored shipments it does
     * not name are not touched here: they stay, or were archived before. Nothing is deleted by a cascade that reaches
     * a shipment.
     *
     * @param retainedNodes stored nodes the document drops that kept shipments still name
     * @param retainedLanes stored lanes the document drops that pinned legs of kept shipments still use
     */
    public void replace(
            Scenario scenario,
            Set<String> retainedNodes,
            Set<String> retainedLanes,
            Map<Long, Shipment> updates,
            List<Shipment> additions,
            Instant now) {
        em.flush();
        for (String table : RULE_TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.clear();

        ScenarioMetaEntity meta = new ScenarioMetaEntity();
        meta.id = ScenarioMetaEntity.THE_ONLY_ID;
        meta.name = scenario.name();
        meta.horizonStart = scenario.horizon().start();
        meta.horizonEnd = scenario.horizon().end();
        meta.notes.addAll(scenario.notes());
        em.persist(meta);

        Map<String, NodeEntity> storedNodes = new HashMap<>();
        em.createQuery("select n from NodeEntity n", NodeEntity.class)
                .getResultList()
                .forEach(n -> storedNodes.put(n.code, n));
        for (Node node : scenario.nodes()) {
            NodeEntity e = storedNodes.get(node.code());
            if (e == null) {
                e = new NodeEntity();
                e.code = node.code();
                NetworkMapping.copy(node, e);
                em.persist(e);
            } else {
                NetworkMapping.copy(node, e);
            }
        }
        // Lanes refer to nodes, disruptions and pinned legs to both: write each kind before the next.
        em.flush();
        Map<String, LaneEntity> storedLanes = new HashMap<>();
        em.createQuery("select l from LaneEntity l", LaneEntity.class)
                .getResultList()
                .forEach(l -> storedLanes.put(l.code, l));
        for (Lane lane : scenario.lanes()) {
            LaneEntity e = storedLanes.get(lane.code());
            if (e == null) {
                e = new LaneEntity();
                e.code = lane.code();
                NetworkMapping.copy(lane, e);
                em.persist(e);
            } else {
                NetworkMapping.copy(lane, e);
            }
        }
        em.flush();
        // An export lists nodes and lanes in storing order: give the document's order to updated ones too.
        renumber("node", scenario.nodes().stream().map(Node::code).toList());
        renumber("lane", scenario.lanes().stream().map(Lane::code).toList());
        for (Permission permission : scenario.permissions()) {
            PermissionEntity e = new PermissionEntity();
            NetworkMapping.copy(permission, e);
            em.persist(e);
        }
        for (Quota quota : scenario.quotas()) {
            QuotaEntity e = new QuotaEntity();
            NetworkMapping.copy(quota, e);
            em.persist(e);
        }
        for (Disruption disruption : scenario.disruptions()) {
            DisruptionEntity e = new DisruptionEntity();
            NetworkMapping.copy(disruption, e);
            em.persist(e);
        }
        em.flush();
        updates.forEach((id, shipment) -> ShipmentStore.update(em.find(ShipmentEntity.class, id), shipment, now));
        for (Shipment shipment : additions) {
            em.persist(ShipmentStore.newEntity(shipment, ShipmentStatus.SUBMITTED, now));
        }
        em.flush();
        em.clear();
        // Pinned legs now use the new lanes only (or retained ones): the old lanes and nodes can go.
        deleteOthers("lane", union(scenario.lanes().stream().map(Lane::code).toList(), retainedLanes));
        deleteOthers("node", union(scenario.nodes().stream().map(Node::code).toList(), retainedNodes));
    }

    private void renumber(String table, List<String> codes) {
        for (String code : codes) {
            em.createNativeQuery("update " + table + " set position = nextval('network_position_seq') where code = ?1")
                    .setParameter(1, code)
                    .executeUpdate();
        }
    }

    private void deleteOthers(String table, Set<String> keep) {
        if (keep.isEmpty()) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        } else {
            em.createNativeQuery("delete from " + table + " where code not in (?1)")
                    .setParameter(1, keep)
                    .executeUpdate();
        }
    }

    private static Set<String> union(List<String> codes, Set<String> more) {
        Set<String> all = new HashSet<>(codes);
        all.addAll(more);
        return all;
    }
}
