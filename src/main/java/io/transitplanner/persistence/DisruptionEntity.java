package io.transitplanner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "disruption")
class DisruptionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disruption_seq")
    @SequenceGenerator(name = "disruption_seq", sequenceName = "disruption_seq", allocationSize = 50)
    Long id;

    /** Exactly one of node and lane is set. */
    @Column(name = "node_code", length = 16)
    String nodeCode;

    @Column(name = "lane_code", length = 40)
    String laneCode;

    @Column(name = "from_at", nullable = false)
    Instant fromAt;

    @Column(name = "to_at", nullable = false)
    Instant toAt;

    @Column(name = "capacity_factor")
    double capacityFactor;

    String reason;

    @Version
    long version;
}
