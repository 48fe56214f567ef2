package io.transitplanner.persistence;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.ShipmentStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "shipment")
class ShipmentEntity {
    /** Ids come 500 at a time so that a bulk upload costs few sequence calls (the sequence increments by 500). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 500)
    Long id;

    @Column(nullable = false, length = 2)
    String nation;

    @Column(nullable = false, length = 64)
    String reference;

    @Column(nullable = false, length = 16)
    String origin;

    @Column(nullable = false, length = 16)
    String destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "cargo_class", nullable = false, length = 16)
    CargoClass cargoClass;

    int teu;

    @Column(name = "weight_tons")
    double weightTons;

    @Column(name = "available_at", nullable = false)
    Instant availableAt;

    @Column(name = "due_at", nullable = false)
    Instant dueAt;

    int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ShipmentStatus status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "pinned_leg", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "seq")
    @Fetch(FetchMode.SUBSELECT)
    List<LegEmbeddable> pinnedLegs = new ArrayList<>();

    /** Amended or cancelled while a published plan carried it; cleared by the next publication made after. */
    @Column(name = "needs_replan", nullable = false)
    boolean needsReplan;

    /** The last amendment or cancellation by its nation (status moves by tracking or publishing do not count). */
    @Column(name = "amended_at")
    Instant amendedAt;

    @Version
    long version;
}
