package io.transitplanner.persistence;

import io.transitplanner.domain.NodeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "node")
class NodeEntity {
    @Id
    @Column(length = 16)
    String code;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, length = 2)
    String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    NodeKind kind;

    double lat;

    double lon;

    @Column(name = "handling_hours")
    int handlingHours;

    @Column(name = "throughput_teu_per_day")
    Integer throughputTeuPerDay;

    String note;

    /** Filled by the database from a sequence: the order of storing, which exports keep. */
    @Column(insertable = false, updatable = false)
    Long position;

    @Version
    long version;
}
