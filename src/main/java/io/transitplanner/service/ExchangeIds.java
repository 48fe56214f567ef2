package io.transitplanner.service;

import io.transitplanner.domain.TrackedShipment;
import java.util.List;
import java.util.Map;

/** The exchange ids of shipments (see {@link io.transitplanner.domain.ExchangeIds}). */
final class ExchangeIds {

    private ExchangeIds() {}

    /** Exchange id by server id, in the order given. */
    static Map<Long, String> of(List<TrackedShipment> shipments) {
        return io.transitplanner.domain.ExchangeIds.of(shipments);
    }
}
