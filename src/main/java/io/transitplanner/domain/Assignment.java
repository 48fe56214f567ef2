package io.transitplanner.domain;

import java.util.List;

/** The legs a plan gives one shipment: none (unplanned), only its pinned ones, or an itinerary to its destination. */
public record Assignment(String shipment, List<Leg> legs) {
    public Assignment {
        legs = List.copyOf(legs);
    }
}
