package io.transitplanner.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The single row naming the live scenario and its horizon. */
@Entity
@Table(name = "scenario_meta")
class ScenarioMetaEntity {
    /** There is one live network, hence one header row. */
    static final int THE_ONLY_ID = 1;

    @Id
    Integer id;

    @Column(nullable = false)
    String name;

    @Column(name = "horizon_start", nullable = false)
    Instant horizonStart;

    @Column(name = "horizon_end", nullable = false)
    Instant horizonEnd;

    @ElementCollection
    @CollectionTable(name = "scenario_note", joinColumns = @JoinColumn(name = "meta_id"))
    @OrderColumn(name = "seq")
    @Column(name = "text", nullable = false)
    List<String> notes = new ArrayList<>();

    @Version
    long version;
}
