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
import java.util.List;
import java.util.Optional;

/** The live scenario as a whole: its header, and replacing everything at once by an imported scenario. */
@ApplicationScoped
public class ScenarioStore {
    /**
     * Child tables first; the tables of element collections (transits, departures, permission classes, notes) go
     * with their owners through {@code on delete cascade}.
     */
    private static final List<String> DELETE_ORDER = List.of(
            "plan_leg",
            "plan",
            "pinned_leg",
            "shipment",
            "disruption",
            "quota",
            "permission",
            "lane",
            "node",
            "scenario_meta");

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
     * Deletes the network, the rules, the shipments and the plans (which name shipments that are gone) and stores the
     * scenario in their place; every shipment starts as submitted, its pinned legs kept.
     */
    public void replace(Scenario scenario, Instant now) {
        em.flush();
        for (String table : DELETE_ORDER) {
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

        for (Node node : scenario.nodes()) {
            NodeEntity e = new NodeEntity();
            e.code = node.code();
            NetworkMapping.copy(node, e);
            em.persist(e);
        }
        // Lanes refer to nodes, disruptions and pinned legs to both: write each kind before the next.
        em.flush();
        for (Lane lane : scenario.lanes()) {
            LaneEntity e = new LaneEntity();
            e.code = lane.code();
            NetworkMapping.copy(lane, e);
            em.persist(e);
        }
        em.flush();
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
        for (Shipment shipment : scenario.shipments()) {
            em.persist(ShipmentStore.newEntity(shipment, ShipmentStatus.SUBMITTED, now));
        }
        em.flush();
        em.clear();
    }
}
