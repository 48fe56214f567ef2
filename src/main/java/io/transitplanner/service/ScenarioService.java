package io.transitplanner.service;

import io.transitplanner.config.TransitPlannerConfig;
import io.transitplanner.domain.Identified;
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
import io.transitplanner.persistence.ScenarioStore;
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
import java.util.List;
import java.util.Map;

/**
 * A whole scenario in the exchange format of the planning contract: an admin replaces the live network, rules,
 * horizon and shipments with one in a single transaction; planners export what is stored.
 */
@ApplicationScoped
public class ScenarioService {
    /** The shipments an export lists: those still to be delivered (cancelled and delivered ones need no plan). */
    static final EnumSet<ShipmentStatus> EXPORTED =
            EnumSet.of(ShipmentStatus.SUBMITTED, ShipmentStatus.PLANNED, ShipmentStatus.IN_TRANSIT);

    private final ScenarioStore scenarios;
    private final NetworkStore network;
    private final ShipmentStore shipments;
    private final AuditLog audit;
    private final TransitPlannerConfig config;
    private final Clock clock = Clock.systemUTC();

    ScenarioService(
            ScenarioStore scenarios,
            NetworkStore network,
            ShipmentStore shipments,
            AuditLog audit,
            TransitPlannerConfig config) {
        this.scenarios = scenarios;
        this.network = network;
        this.shipments = shipments;
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

    /**
     * Replaces everything with the scenario of the document, or changes nothing. A document that is not JSON or
     * breaks the format is invalid; one whose only faults are references to unknown codes is unprocessable.
     */
    @Transactional
    public ImportSummary importDocument(String json) {
        Scenario scenario;
        try {
            scenario = ScenarioJson.read(json);
        } catch (InvalidDocumentException e) {
            throw refusal(e);
        }
        scenarios.replace(scenario, Instant.now(clock));
        ImportSummary summary = new ImportSummary(
                scenario.name(),
                scenario.nodes().size(),
                scenario.lanes().size(),
                scenario.permissions().size(),
                scenario.quotas().size(),
                scenario.disruptions().size(),
                scenario.shipments().size());
        audit.record("IMPORT", "scenario", scenario.name(), summary.toString());
        return summary;
    }

    /** Imports the scenario the service ships with (the NDN network of 2012). */
    @Transactional
    public ImportSummary importDefault() {
        String resource = config.scenario().defaultResource();
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new RecordNotFoundException("the default scenario " + resource + " is not part of this build");
            }
            return importDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
