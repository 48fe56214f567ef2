package io.transitplanner.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.transitplanner.domain.Disruption;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Node;
import io.transitplanner.domain.PlanVersion;
import io.transitplanner.domain.Quota;
import io.transitplanner.domain.ResultPage;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.WhatIf;
import io.transitplanner.domain.WhatIfChanges;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.persistence.LiveScenarioReader;
import io.transitplanner.persistence.LiveScenarioReader.LiveScenario;
import io.transitplanner.persistence.WhatIfStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * What-ifs: a planner copies the live network, rules and shipments into a named scenario of its own, changes it
 * (closes nodes or lanes for some days, cuts lanes, adds quotas and shipments), solves it through the ordinary solve
 * job and compares its plan with the published one. Live data is only ever read, in one repeatable-read transaction
 * when the what-if is made. Deleting a what-if deletes its plans (they mean nothing without it); refused while one
 * of them solves.
 */
@ApplicationScoped
public class WhatIfService {
    private static final Logger LOG = Logger.getLogger(WhatIfService.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final PlanningService planning;
    private final CallerContext callers;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    WhatIfService(DataSource dataSource, PlanningService planning, CallerContext callers, AuditLog audit) {
        this.dataSource = dataSource;
        this.planning = planning;
        this.callers = callers;
        this.audit = audit;
    }

    /** Copies the live scenario, applies the changes and stores the what-if; returns it. */
    public WhatIf create(WhatIfDraft draft) {
        String createdBy = callers.current().subject();
        Instant now = Instant.now(clock);
        long id = inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("set transaction isolation level repeatable read");
            }
            if (WhatIfStore.nameTaken(c, draft.name())) {
                throw nameTaken(draft.name());
            }
            LiveScenario live = LiveScenarioReader.read(c, now)
                    .orElseThrow(() -> new RecordNotFoundException("no scenario has been imported yet"));
            WhatIfChanges changes = validated(draft, live.scenario());
            Scenario changed = changes.applyTo(live.scenario(), live.scenario().name() + " / what-if " + draft.name());
            String document = document(changed);
            List<Long> ids = new ArrayList<>(live.shipmentIds());
            for (int i = 0; i < changes.shipments().size(); i++) {
                ids.add(-(i + 1L));
            }
            long created;
            try {
                created = WhatIfStore.create(
                        c,
                        new WhatIfStore.NewWhatIf(
                                draft.name(), draft.description(), changes, changed, document, ids, createdBy, now),
                        now);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw nameTaken(draft.name());
                }
                throw e;
            }
            audit.record(
                    "CREATE",
                    "what-if",
                    Long.toString(created),
                    "'" + draft.name() + "': " + changes.closures().size() + " closures, "
                            + changes.cutLanes().size() + " lanes cut, "
                            + changes.quotas().size() + " quotas and "
                            + changes.shipments().size() + " shipments added");
            return created;
        });
        LOG.debugf("what-if %d '%s' created by %s", id, draft.name(), createdBy);
        return get(id);
    }

    public WhatIf get(long id) {
        return read(c -> WhatIfStore.find(c, id)).orElseThrow(() -> notFound(id));
    }

    /** Newest first. */
    public ResultPage<WhatIf> list(int page, int size) {
        return read(c -> WhatIfStore.list(c, page, size));
    }

    /** The what-if's changed scenario in the exchange format. */
    public String scenarioDocument(long id) {
        return read(c -> WhatIfStore.stored(c, id))
                .orElseThrow(() -> notFound(id))
                .document();
    }

    /** Deletes the what-if and its plans; refused while one of them is being solved. */
    public void delete(long id) {
        inTransaction(c -> {
            WhatIf found = WhatIfStore.find(c, id).orElseThrow(() -> notFound(id));
            List<Long> unfinished = WhatIfStore.unfinishedPlans(c, id);
            if (!unfinished.isEmpty()) {
                throw new ConflictException(
                        "what-if " + id + " has plans being solved " + unfinished + "; stop them first",
                        List.of(new FieldProblem("plans", "solving: " + unfinished)));
            }
            WhatIfStore.delete(c, id);
            audit.record("DELETE", "what-if", Long.toString(id), "'" + found.name() + "' and its plans");
            return null;
        });
    }

    /** Starts a solve of the what-if's scenario; the plan (kind WHAT_IF) can be followed like any plan. */
    public PlanVersion solve(long id, PlanRequest request) {
        WhatIfStore.Stored stored = read(c -> WhatIfStore.stored(c, id)).orElseThrow(() -> notFound(id));
        Scenario scenario = ScenarioJson.read(stored.document());
        return planning.startWhatIf(id, scenario, stored.shipmentIds(), request);
    }

    // ---------------------------------------------------------------- validation

    /** The changes in domain terms, once every reference and every window is checked against the live scenario. */
    static WhatIfChanges validated(WhatIfDraft draft, Scenario live) {
        Set<String> nodes = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (Node n : live.nodes()) {
            nodes.add(n.code());
            countries.add(n.country());
        }
        Set<String> lanes = new HashSet<>();
        for (Lane l : live.lanes()) {
            lanes.add(l.code());
            countries.addAll(l.transits());
        }
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> unknown = new ArrayList<>();
        List<FieldProblem> conflicts = new ArrayList<>();

        Set<String> cut = new HashSet<>();
        for (int i = 0; i < draft.cutLanes().size(); i++) {
            String code = draft.cutLanes().get(i);
            String field = "changes.cutLanes[" + i + "]";
            if (!lanes.contains(code)) {
                unknown.add(new FieldProblem(field, "unknown lane code '" + code + "'"));
            } else if (!cut.add(code)) {
                invalid.add(new FieldProblem(field, "lane '" + code + "' is cut twice"));
            } else {
                for (Shipment s : live.shipments()) {
                    for (Leg leg : s.pinnedLegs()) {
                        if (leg.lane().equals(code)) {
                            conflicts.add(new FieldProblem(
                                    field,
                                    "shipment '" + s.id() + "' has a pinned leg on lane '" + code
                                            + "'; close the lane with a closure instead"));
                        }
                    }
                }
            }
        }
        for (int i = 0; i < draft.closures().size(); i++) {
            Disruption d = draft.closures().get(i);
            String field = "changes.closures[" + i + "]";
            if ((d.node() == null) == (d.lane() == null)) {
                invalid.add(new FieldProblem(field, "must name exactly one of node and lane"));
            } else if (d.node() != null && !nodes.contains(d.node())) {
                unknown.add(new FieldProblem(field + ".node", "unknown node code '" + d.node() + "'"));
            } else if (d.lane() != null && !lanes.contains(d.lane())) {
                unknown.add(new FieldProblem(field + ".lane", "unknown lane code '" + d.lane() + "'"));
            } else if (d.lane() != null && cut.contains(d.lane())) {
                unknown.add(new FieldProblem(field + ".lane", "lane '" + d.lane() + "' is cut by this what-if"));
            }
            if (d.from() != null && d.to() != null && !d.to().isAfter(d.from())) {
                invalid.add(new FieldProblem(field + ".to", "must be after from"));
            }
        }
        for (int i = 0; i < draft.quotas().size(); i++) {
            Quota q = draft.quotas().get(i);
            if (!countries.contains(q.country())) {
                unknown.add(new FieldProblem(
                        "changes.quotas[" + i + "].country",
                        "no node lies in and no lane crosses country '" + q.country() + "'"));
            }
        }
        Set<String> ids = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (Shipment s : live.shipments()) {
            ids.add(s.id());
            references.add(s.id().substring(s.id().indexOf(':') + 1));
        }
        List<Shipment> added = new ArrayList<>();
        for (int i = 0; i < draft.shipments().size(); i++) {
            NewShipment s = draft.shipments().get(i);
            String field = "changes.shipments[" + i + "]";
            if (s.nation() == null) {
                invalid.add(new FieldProblem(field + ".nation", "must name the shipment's nation"));
            }
            if (!nodes.contains(s.origin())) {
                unknown.add(new FieldProblem(field + ".origin", "unknown node code '" + s.origin() + "'"));
            }
            if (!nodes.contains(s.destination())) {
                unknown.add(new FieldProblem(field + ".destination", "unknown node code '" + s.destination() + "'"));
            }
            if (s.origin().equals(s.destination())) {
                invalid.add(new FieldProblem(field + ".destination", "must differ from the origin"));
            }
            if (!s.dueAt().isAfter(s.availableAt())) {
                invalid.add(new FieldProblem(field + ".dueAt", "must be after availableAt"));
            }
            if (ids.contains(s.reference()) || references.contains(s.reference()) || !ids.add(s.reference())) {
                conflicts.add(new FieldProblem(
                        field + ".reference", "reference '" + s.reference() + "' is already used in the scenario"));
            }
            added.add(new Shipment(
                    s.reference(),
                    s.nation(),
                    s.origin(),
                    s.destination(),
                    s.cargoClass(),
                    s.teu(),
                    s.weightTons(),
                    s.availableAt(),
                    s.dueAt(),
                    s.priority(),
                    List.of()));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid.size() + " changes are not valid", invalid);
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException("the changes name unknown nodes, lanes or countries", unknown);
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException("the changes conflict with the live scenario", conflicts);
        }
        List<Disruption> closures = draft.closures().stream()
                .map(d -> new Disruption(
                        d.node(),
                        d.lane(),
                        d.from(),
                        d.to(),
                        d.capacityFactor(),
                        d.reason() == null ? "what-if closure" : d.reason()))
                .toList();
        return new WhatIfChanges(closures, draft.cutLanes(), draft.quotas(), added);
    }

    /** The scenario in the exchange format, read back once so that a what-if never stores what cannot be solved. */
    private static String document(Scenario scenario) {
        String document = ScenarioJson.write(scenario);
        try {
            ScenarioJson.read(document);
        } catch (InvalidDocumentException e) {
            throw new InvalidInputException(
                    "the changed scenario is not valid: " + e.getMessage(),
                    List.of(new FieldProblem("changes", e.getMessage())));
        }
        return document;
    }

    private static ConflictException nameTaken(String name) {
        return new ConflictException(
                "a what-if named '" + name + "' exists already",
                List.of(new FieldProblem("name", "is already used by another what-if")));
    }

    private static RecordNotFoundException notFound(long id) {
        return new RecordNotFoundException("no what-if " + id);
    }

    // ---------------------------------------------------------------- transactions

    private <T> T inTransaction(Planning.Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> onConnection(work));
    }

    private <T> T read(Planning.Work<T> work) {
        return QuarkusTransaction.joiningExisting().call(() -> onConnection(work));
    }

    private <T> T onConnection(Planning.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database failure: " + e.getMessage(), e);
        }
    }
}
