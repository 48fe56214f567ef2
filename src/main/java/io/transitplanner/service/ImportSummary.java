package io.transitplanner.service;

import java.util.List;

/**
 * What a scenario import did, or (a dry run) would do: the same counts either way.
 *
 * @param eventId the audit event of the import, which also keys the archive of what it removed; {@code null} for a
 *     dry run
 * @param nodes nodes of the document (the network and rules are replaced by the document's)
 * @param shipments shipments of the document
 * @param added document shipments stored as new
 * @param updated stored shipments of the same nation and reference whose data the document changed
 * @param unchanged stored shipments the document names exactly as stored
 * @param kept stored shipments the document does not name that stay (those unservable but kept included)
 * @param archived stored shipments removed into the archive of {@code eventId}
 * @param unservable stored shipments the document does not name that its network cannot serve
 * @param retainedNodes nodes the document drops, kept because kept shipments name them
 * @param retainedLanes lanes the document drops, kept because pinned legs of kept shipments use them
 * @param plansMarkedStale published plans marked stale
 */
public record ImportSummary(
        String name,
        ImportOptions.Mode mode,
        boolean dryRun,
        Long eventId,
        int nodes,
        int lanes,
        int permissions,
        int quotas,
        int disruptions,
        int shipments,
        int added,
        int updated,
        int unchanged,
        int kept,
        int archived,
        int unservable,
        int retainedNodes,
        int retainedLanes,
        int plansMarkedStale,
        List<UnservableShipment> unservableShipments) {

    public ImportSummary {
        unservableShipments = List.copyOf(unservableShipments);
    }

    /** The one line the audit trail keeps. */
    String auditDetail() {
        return "mode=" + mode.name().toLowerCase() + ", nodes=" + nodes + ", lanes=" + lanes + ", permissions="
                + permissions + ", quotas=" + quotas + ", disruptions=" + disruptions + ", shipments=" + shipments
                + ", added=" + added + ", updated=" + updated + ", unchanged=" + unchanged + ", kept=" + kept
                + ", archived=" + archived + ", unservable=" + unservable + ", retainedNodes=" + retainedNodes
                + ", retainedLanes=" + retainedLanes + ", plansMarkedStale=" + plansMarkedStale;
    }
}
