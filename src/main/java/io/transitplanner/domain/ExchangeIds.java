package io.transitplanner.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code id} of each shipment in the exchange format: its nation's reference, unique in a scenario. References
 * are unique only within a nation, so where two nations use the same reference both are written
 * {@code NATION:reference}.
 */
public final class ExchangeIds {

    private ExchangeIds() {}

    /** Exchange id by server id, in the order given. */
    public static Map<Long, String> of(List<TrackedShipment> shipments) {
        Map<String, Set<String>> nationsByReference = new HashMap<>();
        for (TrackedShipment t : shipments) {
            nationsByReference
                    .computeIfAbsent(t.shipment().id(), r -> new HashSet<>())
                    .add(t.shipment().nation());
        }
        Map<Long, String> ids = new LinkedHashMap<>();
        for (TrackedShipment t : shipments) {
            String reference = t.shipment().id();
            boolean shared = nationsByReference.get(reference).size() > 1;
            ids.put(t.id(), shared ? t.shipment().nation() + ":" + reference : reference);
        }
        return ids;
    }
}
