package io.transitplanner.service;

import java.util.HashMap;
import java.util.Map;

/**
 * The server id of each shipment of a plan (the id its assignments answer with) by its id in the plan's scenario
 * (its exchange id), and back. A what-if's own shipments have negative ids; a shipment a partial imported plan does
 * not name has none ({@code null}).
 */
public final class ShipmentIds {
    private final Map<String, Long> byExchangeId;
    private final Map<Long, String> byServerId = new HashMap<>();

    ShipmentIds(Map<String, Long> byExchangeId) {
        this.byExchangeId = Map.copyOf(byExchangeId);
        byExchangeId.forEach((exchange, server) -> byServerId.put(server, exchange));
    }

    /** The server id, or {@code null}. */
    public Long serverId(String exchangeId) {
        return byExchangeId.get(exchangeId);
    }

    /** The exchange id, or {@code null} when the plan has no such shipment. */
    public String exchangeId(long serverId) {
        return byServerId.get(serverId);
    }

    /** These ids, then those of {@code other} for the shipments these do not have. */
    ShipmentIds or(ShipmentIds other) {
        Map<String, Long> all = new HashMap<>(other.byExchangeId);
        all.putAll(byExchangeId);
        return new ShipmentIds(all);
    }
}
