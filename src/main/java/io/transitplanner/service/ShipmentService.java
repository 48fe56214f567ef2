package io.transitplanner.service;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.PageRequest;
import io.transitplanner.domain.SeekPage;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentFilter;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.persistence.NetworkStore;
import io.transitplanner.persistence.PlanStore;
import io.transitplanner.persistence.ShipmentListing;
import io.transitplanner.persistence.ShipmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Officers submit, read, amend and cancel their nation's shipments; planners see every nation's and track them.
 * An officer never learns that another nation's shipment exists: it is "not found" to him.
 */
@ApplicationScoped
public class ShipmentService {
    private final ShipmentStore shipments;
    private final ShipmentListing listing;
    private final NetworkStore network;
    private final PlanStore plans;
    private final CallerContext callers;
    private final AuditLog audit;
    private final TransitPlannerConfig config;
    private final Clock clock = Clock.systemUTC();

    ShipmentService(
            ShipmentStore shipments,
            ShipmentListing listing,
            NetworkStore network,
            PlanStore plans,
            CallerContext callers,
            AuditLog audit,
            TransitPlannerConfig config) {
        this.shipments = shipments;
        this.listing = listing;
        this.network = network;
        this.plans = plans;
        this.callers = callers;
        this.audit = audit;
        this.config = config;
    }

    // ---------------------------------------------------------------- submit

    @Transactional
    public TrackedShipment submit(NewShipment draft) {
        Caller caller = callers.current();
        String nation = nationOf(caller, draft.nation());
        List<FieldProblem> invalid = new ArrayList<>();
        checkShape(draft, "", null, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidInputException("the shipment is not valid", invalid);
        }
        List<FieldProblem> unknown = new ArrayList<>();
        Set<String> nodes = network.nodeCodes();
        checkNodes(draft, nodes, "", null, unknown);
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException("the shipment names unknown nodes", unknown);
        }
        shipments.idOf(nation, draft.reference()).ifPresent(id -> {
            throw new DuplicateReferenceException(nation, draft.reference(), id);
        });
        TrackedShipment created;
        try {
            created = shipments.create(toShipment(draft, nation), ShipmentStatus.SUBMITTED, Instant.now(clock));
        } catch (EntityExistsException e) {
            // A submission of the same reference raced this one; the unique constraint stopped the second.
            throw new ConflictException("shipment reference '" + draft.reference() + "' of " + nation
                    + " was stored by a concurrent request");
        }
        audit.record("CREATE", "shipment", Long.toString(created.id()), nation + "/" + draft.reference());
        return created;
    }

    /** Refuses a bulk upload of more rows than one request may carry, before anything else is read. */
    public void checkBatchSize(int rows) {
        int max = config.shipments().bulkMaxRows();
        if (rows > max) {
            throw new PayloadTooLargeException("the upload has " + rows + " rows; one upload may carry at most " + max);
        }
    }

    /**
     * Stores every row or none. Every bad row is reported, each with the field and the reason: a row that is not
     * well formed makes the answer "invalid" (400); otherwise unknown node codes make it "unknown reference" (422);
     * otherwise references already used make it a conflict (409).
     */
    @Transactional
    public List<StoredShipmentRef> submitAll(List<BatchRow> rows) {
        checkBatchSize(rows.size());
        if (rows.isEmpty()) {
            throw new InvalidInputException("$", "the upload has no shipments");
        }
        Caller caller = callers.current();
        Set<String> nodes = network.nodeCodes();
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> unknown = new ArrayList<>();
        List<FieldProblem> duplicate = new ArrayList<>();
        Map<String, BatchRow> firstByKey = new HashMap<>();
        Map<String, Map<String, BatchRow>> byNation = new LinkedHashMap<>();
        List<Shipment> accepted = new ArrayList<>(rows.size());
        for (BatchRow row : rows) {
            if (!row.problems().isEmpty()) {
                invalid.addAll(row.problems());
                continue;
            }
            NewShipment draft = row.shipment();
            String nation;
            try {
                nation = nationOf(caller, draft.nation());
            } catch (AccessDeniedException e) {
                invalid.add(row.problem("nation", e.getMessage()));
                continue;
            } catch (InvalidInputException e) {
                invalid.add(row.problem("nation", e.problems().get(0).reason()));
                continue;
            }
            int before = invalid.size() + unknown.size();
            checkShape(draft, row.fieldPrefix(), row.line(), invalid);
            checkNodes(draft, nodes, row.fieldPrefix(), row.line(), unknown);
            BatchRow first = firstByKey.putIfAbsent(nation + "/" + draft.reference(), row);
            if (first != null) {
                duplicate.add(row.problem(
                        "reference",
                        "'" + draft.reference() + "' is already used by " + first.label() + " of this upload"));
                continue;
            }
            byNation.computeIfAbsent(nation, n -> new LinkedHashMap<>()).put(draft.reference(), row);
            if (invalid.size() + unknown.size() == before) {
                accepted.add(toShipment(draft, nation));
            }
        }
        byNation.forEach((nation, refs) -> shipments
                .existingReferences(nation, refs.keySet())
                .forEach((ref, id) -> duplicate.add(refs.get(ref)
                        .problem(
                                "reference",
                                "'" + ref + "' of " + nation + " is already shipment " + id + " (/api/shipments/" + id
                                        + ")"))));
        List<FieldProblem> all = new ArrayList<>(invalid);
        all.addAll(unknown);
        all.addAll(duplicate);
        String summary =
                all.size() + (all.size() == 1 ? " problem" : " problems") + " in the upload; nothing was stored";
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(summary, sorted(all));
        }
        if (!unknown.isEmpty()) {
            throw new UnknownReferenceException(summary, sorted(all));
        }
        if (!duplicate.isEmpty()) {
            throw new ConflictException(summary, sorted(all));
        }
        List<Long> ids;
        try {
            ids = shipments.createAll(accepted, ShipmentStatus.SUBMITTED, Instant.now(clock));
        } catch (EntityExistsException e) {
            throw new ConflictException("a concurrent request stored some of these references; nothing was stored");
        }
        List<StoredShipmentRef> stored = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            stored.add(new StoredShipmentRef(
                    ids.get(i), accepted.get(i).nation(), accepted.get(i).id()));
        }
        String nations =
                accepted.stream().map(Shipment::nation).distinct().sorted().collect(Collectors.joining(","));
        audit.record(
                "BULK_CREATE",
                "shipment",
                null,
                stored.size() + " shipments of " + nations + ", ids "
                        + ids.stream().mapToLong(Long::longValue).min().orElse(0) + ".."
                        + ids.stream().mapToLong(Long::longValue).max().orElse(0));
        return stored;
    }

    /** Problems in the order of the rows, CSV lines ascending; the sort is stable within a row. */
    private static List<FieldProblem> sorted(List<FieldProblem> problems) {
        List<FieldProblem> copy = new ArrayList<>(problems);
        copy.sort((a, b) -> {
            if (a.line() != null && b.line() != null) {
                return Integer.compare(a.line(), b.line());
            }
            return Integer.compare(rowIndex(a.field()), rowIndex(b.field()));
        });
        return copy;
    }

    /** The index i of a field named {@code $[i].x}; 0 for any other name. */
    private static int rowIndex(String field) {
        if (field.startsWith("$[")) {
            int end = field.indexOf(']');
            try {
                return Integer.parseInt(field.substring(2, end));
            } catch (RuntimeException e) {
                return 0;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- read

    /** Outside a transaction: one read-only statement, nothing to commit. */
    public SeekPage<TrackedShipment> list(ShipmentFilter filter, PageRequest request) {
        String scope = callers.current().nationScope();
        if (scope != null && filter.nation() != null && !scope.equals(filter.nation())) {
            return new SeekPage<>(List.of(), request.page(), request.size(), request.count() ? 0L : null, null);
        }
        return listing.page(scope == null ? filter : filter.withNation(scope), request);
    }

    @Transactional
    public ShipmentDetails get(long id) {
        TrackedShipment shipment = visible(id);
        List<Leg> legs = plans.latestPublishedLegs(id);
        return new ShipmentDetails(
                shipment,
                legs,
                legs.isEmpty() ? null : legs.get(legs.size() - 1).arrival());
    }

    // ---------------------------------------------------------------- change

    /**
     * Changes the due date, priority or size while the shipment has not departed. A planned shipment goes back to
     * submitted: the published plan was made for what it was before.
     */
    @Transactional
    public TrackedShipment amend(long id, ShipmentChanges changes) {
        TrackedShipment current = visible(id);
        if (changes.isEmpty()) {
            throw new InvalidInputException("$", "name at least one of dueAt, priority, teu or weightTons");
        }
        requireChangeable(current, "amended");
        List<FieldProblem> invalid = new ArrayList<>();
        if (changes.dueAt() != null
                && !changes.dueAt().isAfter(current.shipment().availableAt())) {
            invalid.add(new FieldProblem(
                    "dueAt", "must be after availableAt " + current.shipment().availableAt()));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException("the change is not valid", invalid);
        }
        TrackedShipment amended;
        try {
            amended = shipments
                    .amend(
                            id,
                            changes.version(),
                            changes.dueAt(),
                            changes.priority(),
                            changes.teu(),
                            changes.weightTons(),
                            ShipmentStatus.SUBMITTED,
                            Instant.now(clock),
                            plans.inPublishedPlan(id))
                    .orElseThrow(() -> notFound(id));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(e.getMessage());
        }
        audit.record("AMEND", "shipment", Long.toString(id), describe(changes));
        return amended;
    }

    @Transactional
    public TrackedShipment cancel(long id, Long version) {
        TrackedShipment current = visible(id);
        requireChangeable(current, "cancelled");
        TrackedShipment cancelled;
        try {
            cancelled = shipments
                    .cancel(id, version, Instant.now(clock), plans.inPublishedPlan(id))
                    .orElseThrow(() -> notFound(id));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(e.getMessage());
        }
        audit.record("CANCEL", "shipment", Long.toString(id), current.status() + " -> CANCELLED");
        return cancelled;
    }

    /** Tracking: a planned shipment departs (IN_TRANSIT), a shipment in transit arrives (DELIVERED). */
    @Transactional
    public TrackedShipment advance(long id, ShipmentStatus to, Long version) {
        TrackedShipment current = visible(id);
        if (!current.status().trackingSuccessors().contains(to)) {
            throw new ConflictException(
                    "shipment " + id + " is " + current.status() + " and cannot move to " + to
                            + " (tracking moves PLANNED to IN_TRANSIT and IN_TRANSIT to DELIVERED)",
                    List.of(new FieldProblem("status", "cannot move from " + current.status() + " to " + to)));
        }
        TrackedShipment moved;
        try {
            moved = shipments.changeStatus(id, version, to, Instant.now(clock)).orElseThrow(() -> notFound(id));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(e.getMessage());
        }
        audit.record("STATUS", "shipment", Long.toString(id), current.status() + " -> " + to);
        return moved;
    }

    // ---------------------------------------------------------------- rules

    private TrackedShipment visible(long id) {
        Caller caller = callers.current();
        TrackedShipment shipment = shipments.find(id).orElseThrow(() -> notFound(id));
        if (!caller.sees(shipment.shipment().nation())) {
            throw notFound(id);
        }
        return shipment;
    }

    private static RecordNotFoundException notFound(long id) {
        return new RecordNotFoundException("no shipment " + id);
    }

    private static void requireChangeable(TrackedShipment shipment, String what) {
        if (!shipment.status().isChangeable()) {
            throw new ConflictException(
                    "shipment " + shipment.id() + " is " + shipment.status() + " and can no longer be " + what
                            + " (only while SUBMITTED or PLANNED)",
                    List.of(new FieldProblem("status", "is " + shipment.status())));
        }
    }

    /** Officers submit for their own nation only; planners and admins name the nation. */
    private static String nationOf(Caller caller, String requested) {
        String scope = caller.nationScope();
        if (scope != null) {
            if (requested != null && !requested.equals(scope)) {
                throw new AccessDeniedException(
                        "an officer of " + scope + " submits shipments of " + scope + " only, not of " + requested);
            }
            return scope;
        }
        if (requested == null) {
            throw new InvalidInputException("nation", "is required when a planner or an admin submits a shipment");
        }
        return requested;
    }

    private static void checkShape(NewShipment s, String prefix, Integer line, List<FieldProblem> problems) {
        if (s.origin() != null && s.origin().equals(s.destination())) {
            problems.add(
                    new FieldProblem(prefix + "destination", "must differ from the origin '" + s.origin() + "'", line));
        }
        if (s.availableAt() != null && s.dueAt() != null && !s.dueAt().isAfter(s.availableAt())) {
            problems.add(new FieldProblem(prefix + "dueAt", "must be after availableAt " + s.availableAt(), line));
        }
    }

    private static void checkNodes(
            NewShipment s, Set<String> nodes, String prefix, Integer line, List<FieldProblem> problems) {
        if (!nodes.contains(s.origin())) {
            problems.add(new FieldProblem(prefix + "origin", "unknown node code '" + s.origin() + "'", line));
        }
        if (!nodes.contains(s.destination())) {
            problems.add(new FieldProblem(prefix + "destination", "unknown node code '" + s.destination() + "'", line));
        }
    }

    private static Shipment toShipment(NewShipment d, String nation) {
        return new Shipment(
                d.reference(),
                nation,
                d.origin(),
                d.destination(),
                d.cargoClass(),
                d.teu(),
                d.weightTons(),
                d.availableAt(),
                d.dueAt(),
                d.priority(),
                List.of());
    }

    private static String describe(ShipmentChanges c) {
        List<String> parts = new ArrayList<>();
        if (c.dueAt() != null) {
            parts.add("dueAt=" + c.dueAt());
        }
        if (c.priority() != null) {
            parts.add("priority=" + c.priority());
        }
        if (c.teu() != null) {
            parts.add("teu=" + c.teu());
        }
        if (c.weightTons() != null) {
            parts.add("weightTons=" + c.weightTons());
        }
        return String.join(", ", parts);
    }
}
