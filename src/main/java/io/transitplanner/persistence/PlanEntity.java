package io.transitplanner.persistence;

import io.transitplanner.domain.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "plan")
class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    Long id;

    @Column(name = "scenario_name", nullable = false)
    String scenarioName;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    PlanStatus status;

    @Column(name = "score_hard")
    long scoreHard;

    @Column(name = "score_medium")
    long scoreMedium;

    @Column(name = "score_soft")
    long scoreSoft;

    @Version
    long version;
}
