package io.transitplanner.service;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.persistence.NetworkStore;
import io.transitplanner.persistence.PlanStore;
import io.transitplanner.persistence.ShipmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stores plans; a published plan gives each shipment it carries its legs and ETA. */
@ApplicationScoped
public class PlanService {
    private final PlanStore plans;
    private final ShipmentStore shipments;
    private final NetworkStore network;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PlanService(PlanStore plans, ShipmentStore shipments, NetworkStore network, AuditLog audit) {
        this.plans = plans;
        this.shipments = shipments;
        this.network = network;
        this.audit = audit;
    }

    /**
     * Stores a plan for the live scenario as published. Its assignments name shipments by their exchange ids (as a
     * scenario export writes them); every submitted shipment it gives legs becomes planned. Returns the plan's id.
     */
    @Transactional
    public long savePublished(Plan plan) {
        List<TrackedShipment> live = shipments.inStatus(ScenarioService.EXPORTED);
        Map<String, Long> idByExchangeId = new HashMap<>();
        ExchangeIds.of(live).forEach((id, exchangeId) -> idByExchangeId.put(exchangeId, id));
        Set<String> lanes = network.laneCodes();
        List<FieldProblem> unknown = new ArrayList<>();
        Map<Long, List<Leg>> legs = new LinkedHashMap<>();
        for (int i = 0; i < plan.assignments().size(); i++) {
            Assignment a = plan.assignments().get(i);
            Long id = idByExchangeId.get(a.shipment());
            if (id == null) {
                unknown.add(new FieldProblem(
                        "$.assignments[" + i + "].shipment", "unknown shipment '" + a.shipment() + "'"));
                continue;
            }
            for (int j = 0; j < a.legs().size(); j++) {
                if (!lanes.contains(a.legs().get(j).lane())) {
                    unknown.add(new FieldProblem(
                            "$.assignments[" + i + "].legs[" + j + "].lane",
                            "unknown lane code '" + a.legs().get(j).lane() + "'"));
                }
            }
            if (!a.legs().isEmpty()) {
                legs.put(id, a.legs());
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException("the plan names unknown shipments or lanes", unknown);
        }
        Instant now = Instant.now(clock);
        long planId = plans.save(plan.scenario(), PlanStatus.PUBLISHED, plan.score(), now, legs);
        int planned = shipments.promote(legs.keySet(), ShipmentStatus.SUBMITTED, ShipmentStatus.PLANNED, now);
        audit.record(
                "PUBLISH",
                "plan",
                Long.toString(planId),
                legs.size() + " shipments with legs, " + planned + " now PLANNED, score " + plan.score());
        return planId;
    }
}
