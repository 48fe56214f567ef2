package io.transitplanner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "plan_leg")
class PlanLegEntity {
    @EmbeddedId
    PlanLegId id;

    @Column(name = "lane_code", nullable = false, length = 40)
    String laneCode;

    @Column(nullable = false)
    Instant departure;

    @Column(nullable = false)
    Instant arrival;
}
