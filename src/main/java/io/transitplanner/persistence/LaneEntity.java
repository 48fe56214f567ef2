package io.transitplanner.persistence;

import io.transitplanner.domain.Mode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "lane")
class LaneEntity {
    @Id
    @Column(length = 40)
    String code;

    @Column(name = "from_node", nullable = false, length = 16)
    String fromNode;

    @Column(name = "to_node", nullable = false, length = 16)
    String toNode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    Mode mode;

    @Column(name = "transit_hours")
    int transitHours;

    @Column(name = "capacity_teu")
    int capacityTeu;

    @Column(name = "capacity_tons")
    Double capacityTons;

    @Column(name = "cost_per_teu")
    int costPerTeu;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false, length = 8)
    ScheduleKind scheduleKind;

    /** The schedule entries in the text form of the exchange format, read according to {@link #scheduleKind}. */
    @ElementCollection
    @CollectionTable(name = "lane_departure", joinColumns = @JoinColumn(name = "lane_code"))
    @OrderColumn(name = "seq")
    @Column(name = "entry", nullable = false, length = 24)
    @Fetch(FetchMode.SUBSELECT)
    List<String> departures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lane_transit", joinColumns = @JoinColumn(name = "lane_code"))
    @OrderColumn(name = "seq")
    @Column(name = "country", nullable = false, length = 2)
    @Fetch(FetchMode.SUBSELECT)
    List<String> transits = new ArrayList<>();

    String note;

    @Column(insertable = false, updatable = false)
    Long position;

    @Version
    long version;
}
