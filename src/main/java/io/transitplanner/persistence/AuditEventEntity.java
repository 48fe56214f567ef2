package io.transitplanner.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String roles;

    @Column(nullable = false, length = 40)
    String action;

    @Column(nullable = false, length = 40)
    String entity;

    @Column(name = "entity_id")
    String entityId;

    String detail;
}
