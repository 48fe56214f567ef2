package io.transitplanner.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.service.ImportSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What a scenario import did, or (dryRun) would do: the same counts either way. The network and "
                + "rules are replaced by the document's; its shipments are added or update stored ones of the same nation and "
                + "reference; stored shipments it does not name are kept (merge) or archived (replace).")
public record ImportResponse(
        String name,
        @Schema(enumeration = {"merge", "replace"}) String mode,
        boolean dryRun,
        @Schema(
                        description = "Audit event of the import; it keys the archive of removed shipments "
                                + "(POST /api/scenario/imports/{eventId}/restore). Absent for a dry run",
                        nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                Long eventId,
        @Schema(description = "Nodes of the document, in place of the stored ones") int nodes,
        int lanes,
        int permissions,
        int quotas,
        int disruptions,
        @Schema(description = "Shipments of the document") int shipments,
        @Schema(description = "Document shipments stored as new") int added,
        @Schema(description = "Stored shipments whose data the document changed") int updated,
        @Schema(description = "Stored shipments the document names exactly as stored") int unchanged,
        @Schema(description = "Stored shipments the document does not name that stay") int kept,
        @Schema(description = "Stored shipments moved into the archive of this import") int archived,
        @Schema(description = "Stored shipments the document does not name that its network cannot serve")
                int unservable,
        @Schema(description = "Nodes the document drops, kept because kept shipments name them (unservable=keep)")
                int retainedNodes,
        @Schema(description = "Lanes the document drops, kept for pinned legs of kept shipments (unservable=keep)")
                int retainedLanes,
        @Schema(description = "Published plans marked stale (plans are never deleted by an import)")
                int plansMarkedStale,
        List<Unservable> unservableShipments) {

    @Schema(name = "UnservableShipment", description = "A stored shipment the new network cannot serve, and why")
    public record Unservable(long id, String nation, String reference, ShipmentStatus status, String reason) {}

    public static ImportResponse from(ImportSummary s) {
        return new ImportResponse(
                s.name(),
                s.mode().name().toLowerCase(),
                s.dryRun(),
                s.eventId(),
                s.nodes(),
                s.lanes(),
                s.permissions(),
                s.quotas(),
                s.disruptions(),
                s.shipments(),
                s.added(),
                s.updated(),
                s.unchanged(),
                s.kept(),
                s.archived(),
                s.unservable(),
                s.retainedNodes(),
                s.retainedLanes(),
                s.plansMarkedStale(),
                s.unservableShipments().stream()
                        .map(u -> new Unservable(u.id(), u.nation(), u.reference(), u.status(), u.reason()))
                        .toList());
    }
}
