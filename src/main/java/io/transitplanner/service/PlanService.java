package io.transitplanner.service;

import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanKind;
import io.transitplanner.domain.PlanStatus;
import io.transitplanner.domain.PlanSummary;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.PlannedAssignment;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.persistence.LiveScenarioReader;
import io.transitplanner.persistence.LiveScenarioReader.LiveScenario;
import io.transitplanner.persistence.PlanVersionStore;
import io.transitplanner.solver.SolverPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Publishes a plan made elsewhere: a published plan gives each shipment it carries its legs and ETA. */
@ApplicationScoped
public class PlanService {
    private final DataSource dataSource;
    private final SolverPool solvers;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    PlanService(DataSource dataSource, SolverPool solvers, AuditLog audit) {
        this.dataSource = dataSource;
        this.solvers = solvers;
        this.audit = audit;
    }

    /**
     * Stores a plan for the live scenario and publishes it (the published one is superseded). Its assignments name
     * shipments by their exchange ids (as a scenario export writes them); every submitted shipment it gives legs
     * becomes planned. Returns the plan's id.
     */
    @Transactional
    public long savePublished(Plan plan) {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection()) {
            LiveScenario live = LiveScenarioReader.read(c, now)
                    .orElseThrow(() -> new RecordNotFoundException("no scenario has been imported yet"));
            Map<String, Long> ids = live.idsByExchangeId();
            Set<String> lanes = new HashSet<>();
            live.scenario().lanes().forEach(l -> lanes.add(l.code()));
            List<FieldProblem> unknown = new ArrayList<>();
            for (int i = 0; i < plan.assignments().size(); i++) {
                Assignment a = plan.assignments().get(i);
                if (!ids.containsKey(a.shipment())) {
                    unknown.add(new FieldProblem(
                            "$.assignments[" + i + "].shipment", "unknown shipment '" + a.shipment() + "'"));
                }
                for (int j = 0; j < a.legs().size(); j++) {
                    if (!lanes.contains(a.legs().get(j).lane())) {
                        unknown.add(new FieldProblem(
                                "$.assignments[" + i + "].legs[" + j + "].lane",
                                "unknown lane code '" + a.legs().get(j).lane() + "'"));
                    }
                }
            }
            if (!unknown.isEmpty()) {
                throw new UnknownReferenceException("the plan names unknown shipments or lanes", unknown);
            }
            Scenario scenario = live.scenario();
            PlanVersion created = PlanVersionStore.create(
                    c,
                    new PlanVersionStore.NewPlan(
                            scenario.name(),
                            PlanKind.SOLVE,
                            PlanStatus.READY,
                            null,
                            null,
                            null,
                            Planning.settingsMap(solvers.defaults()),
                            "import",
                            now,
                            scenario.shipments().size(),
                            PlanVersionStore.utf8(ScenarioJson.write(scenario))),
                    now);
            // Only the shipments the plan names get an assignment: a partial plan says nothing of the others.
            Set<String> named = new HashSet<>();
            plan.assignments().forEach(a -> named.add(a.shipment()));
            Planning.Job job =
                    new Planning.Job(created, scenario, live.shipmentIds(), solvers.defaults(), null, Set.of());
            List<PlannedAssignment> assignments = Planning.assignments(job, plan).stream()
                    .filter(a -> named.contains(a.shipment()))
                    .toList();
            PlanVersionStore.saveSolution(
                    c, created.id(), plan.score(), PlanSummary.of(scenario, plan), assignments, List.of(), null, now);
            PlanVersionStore.Publication p = Planning.publish(c, created.id(), now);
            audit.record(
                    "PUBLISH",
                    "plan",
                    Long.toString(created.id()),
                    assignments.size() + " shipments, " + p.planned() + " now PLANNED, score " + plan.score());
            return created.id();
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        }
    }
}
