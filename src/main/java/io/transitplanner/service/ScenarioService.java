package io.transitplanner.service;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Identified;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.ScenarioHeader;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.domain.Versioned;
import io.transitplanner.exchange.FormatProblem;
import io.transitplanner.exchange.InvalidDocumentException;
import io.transitplanner.exchange.ScenarioJson;
import io.transitplanner.persistence.NetworkStore;
import io.transitplanner.persistence.PlanStore;
import io.transitplanner.persistence.ScenarioStore;
import io.transitplanner.persistence.ShipmentArchiveStore;
import io.transitplanner.persistence.ShipmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A whole scenario in the exchange format of the planning contract: an admin replaces the live network, rules and
 * horizon with one in a single transaction and adds or updates its shipments, never losing a stored shipment without
 * a restorable archive; planners export what is stored.
 */
@ApplicationScoped
public class ScenarioService {
    /** The shipments an export lists: those still to be delivered (cancelled and delivered ones need no plan). */
    static final EnumSet<ShipmentStatus> EXPORTED =
            EnumSet.of(ShipmentStatus.SUBMITTED, ShipmentStatus.PLANNED, ShipmentStatus.IN_TRANSIT);

    private static final Logger LOG = Logger.getLogger(ScenarioService.class);

    private final ScenarioStore scenarios;
    private final NetworkStore network;
    private final ShipmentStore shipments;
    private final ShipmentArchiveStore archive;
    private final PlanStore plans;
    private final AuditLog audit;
    private final TransitPlannerConfig config;
    private final Clock clock = Clock.systemUTC();

    ScenarioService(
            ScenarioStore scenarios,
            NetworkStore network,
            ShipmentStore shipments,
            ShipmentArchiveStore archive,
            PlanStore plans,
            AuditLog audit,
            TransitPlannerConfig config) {
        this.scenarios = scenarios;
        this.network = network;
        this.shipments = shipments;
        this.archive = archive;
        this.plans = plans;
        this.audit = audit;
        this.config = config;
    }

    /** The live scenario as an exchange document. */
    @Transactional
    public String export() {
        return ScenarioJson.write(current());
    }

    /** The live scenario; shipments carry their exchange ids (see {@link ExchangeIds}). */
    @Transactional
    public Scenario current() {
        ScenarioHeader header =
                scenarios.header().orElseThrow(() -> new RecordNotFoundException("no scenario has been imported yet"));
        List<TrackedShipment> tracked = shipments.inStatus(EXPORTED);
        Map<Long, String> ids = ExchangeIds.of(tracked);
        List<Shipment> list = new ArrayList<>(tracked.size());
        for (TrackedShipment t : tracked) {
            Shipment s = t.shipment();
            list.add(new Shipment(
                    ids.get(t.id()),
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
        }
        return new Scenario(
                header.name(),
                header.horizon(),
                network.nodes().stream().map(Versioned::value).toList(),
                network.lanes().stream().map(Versioned::value).toList(),
                network.permissions().stream().map(Identified::value).toList(),
                network.quotas().stream().map(Identified::value).toList(),
                network.disruptions().stream().map(Identified::value).toList(),
                list,
                header.notes());
    }

    /** Imports a document with the default options: merge, refusing to leave unservable shipments behind. */
    @Transactional
    public ImportSummary importDocument(String json) {
        return importDocument(json, ImportOptions.DEFAULT);
    }

    /**
     * Replaces the network, the rules and the horizon by the document's and adds or updates the document's shipments
     * by nation and reference; or changes nothing. Stored shipments the document does not name stay (merge) or are
     * archived, restorably, under the import's audit event (replace). A stored shipment that stays but that the new
     * network cannot serve (see {@link Servability}) makes the import refused, unless the admin said to archive or keep
     * such shipments. Published plans are marked stale, never deleted. A dry run answers the same without writing.
     * A document that is not JSON or breaks the format is invalid; one whose only faults are references to unknown
     * codes is unprocessable.
     */
    @Transactional
    public ImportSummary importDocument(String json, ImportOptions options) {
        Scenario scenario;
        try {
            scenario = ImportPlan.withPlainReferences(ScenarioJson.read(json));
        } catch (InvalidDocumentException e) {
            throw refusal(e);
        }
        List<FieldProblem> duplicates = ImportPlan.duplicates(scenario);
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(
                    "the scenario document names a shipment twice; nothing was changed", duplicates);
        }
        Map<String, Lane> storedLanes = new HashMap<>();
        network.lanes().forEach(l -> storedLanes.put(l.value().code(), l.value()));
        ImportPlan plan = ImportPlan.of(scenario, shipments.all(), storedLanes, options);
        if (options.mode() == ImportOptions.Mode.MERGE
                && options.unservable() == ImportOptions.Unservable.REFUSE
                && !plan.unservable().isEmpty()) {
            throw new UnservableShipmentsException(plan.unservable());
        }
        ImportSummary preview = summary(scenario, options, null, plan, plans.countPublishedFresh());
        if (options.dryRun()) {
            LOG.debugf("dry run of import %s: %s", scenario.name(), preview.auditDetail());
            return preview;
        }
        long eventId = audit.record("IMPORT", "scenario", scenario.name(), preview.auditDetail());
        Instant now = Instant.now(clock);
        archive.archive(eventId, plan.archived(), now);
        scenarios.replace(scenario, plan.retainedNodes(), plan.retainedLanes(), plan.updates(), plan.additions(), now);
        int stale = plans.markPublishedStale(
                "scenario '" + scenario.name() + "' was imported (audit event " + eventId + ")");
        LOG.debugf("import %s (event %d): %s", scenario.name(), eventId, preview.auditDetail());
        return summary(scenario, options, eventId, plan, stale);
    }

    /** Imports the scenario the service ships with (the NDN network of 2012). */
    @Transactional
    public ImportSummary importDefault() {
        return importDefault(ImportOptions.DEFAULT);
    }

    @Transactional
    public ImportSummary importDefault(ImportOptions options) {
        String resource = config.scenario().defaultResource();
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new RecordNotFoundException("the default scenario " + resource + " is not part of this build");
            }
            return importDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings back the shipments an import archived, with their ids, pinned legs and plan legs, all or none: refused
     * when a shipment of the same nation and reference is stored now, or the network no longer has a node or lane one
     * of them names.
     */
    @Transactional
    public RestoreSummary restore(long eventId) {
        ShipmentArchiveStore.State state = archive.state(eventId)
                .orElseThrow(() -> new RecordNotFoundException("no import archived shipments under event " + eventId));
        if (state.restoredAt().isPresent()) {
            throw new ConflictException("the shipments archived by event " + eventId + " were restored at "
                    + state.restoredAt().get());
        }
        List<ShipmentArchiveStore.Conflict> conflicts = archive.restoreConflicts(eventId);
        if (!conflicts.isEmpty()) {
            throw new ConflictException(
                    conflicts.size() + (conflicts.size() == 1 ? " problem stops" : " problems stop")
                            + " the restore; nothing was restored",
                    conflicts.stream()
                            .map(c -> new FieldProblem(
                                    "/api/shipments/" + c.id(), c.nation() + " '" + c.reference() + "': " + c.reason()))
                            .toList());
        }
        long restoreEvent =
                audit.record("RESTORE", "scenario-import", Long.toString(eventId), state.shipments() + " shipments");
        ShipmentArchiveStore.Restored restored = archive.restore(eventId, restoreEvent, Instant.now(clock));
        return new RestoreSummary(eventId, restored.shipments(), restored.planLegs(), restoreEvent);
    }

    private static ImportSummary summary(
            Scenario scenario, ImportOptions options, Long eventId, ImportPlan plan, int stalePlans) {
        return new ImportSummary(
                scenario.name(),
                options.mode(),
                options.dryRun(),
                eventId,
                scenario.nodes().size(),
                scenario.lanes().size(),
                scenario.permissions().size(),
                scenario.quotas().size(),
                scenario.disruptions().size(),
                scenario.shipments().size(),
                plan.additions().size(),
                plan.updates().size(),
                plan.unchanged(),
                plan.kept().size(),
                plan.archived().size(),
                plan.unservable().size(),
                plan.retainedNodes().size(),
                plan.retainedLanes().size(),
                stalePlans,
                plan.unservable());
    }

    private static ServiceException refusal(InvalidDocumentException e) {
        List<FieldProblem> problems = e.problems().stream()
                .map(p -> new FieldProblem(p.path(), p.reason()))
                .toList();
        boolean onlyReferences = e.problems().stream().allMatch(ScenarioService::isUnknownReference);
        String message = "the scenario document has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; nothing was changed";
        return onlyReferences
                ? new UnknownReferenceException(message, problems)
                : new InvalidInputException(message, problems);
    }

    /** The reader's wording for a code that names no node or lane ({@code unknown node code 'X'}). */
    private static boolean isUnknownReference(FormatProblem p) {
        return p.reason().startsWith("unknown ");
    }
}
