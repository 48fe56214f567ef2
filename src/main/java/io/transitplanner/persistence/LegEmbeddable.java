package io.transitplanner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A pinned leg of a shipment. */
@Embeddable
class LegEmbeddable {
    @Column(name = "lane_code", nullable = false, length = 40)
    String laneCode;

    @Column(nullable = false)
    Instant departure;

    @Column(nullable = false)
    Instant arrival;
}
