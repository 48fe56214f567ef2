package io.transitplanner.persistence;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.QuotaPeriod;
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

@Entity
@Table(name = "quota")
class QuotaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_seq")
    @SequenceGenerator(name = "quota_seq", sequenceName = "quota_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 2)
    String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    QuotaPeriod period;

    @Column(name = "max_teu")
    int maxTeu;

    @Column(length = 2)
    String nation;

    @Enumerated(EnumType.STRING)
    @Column(name = "cargo_class", length = 16)
    CargoClass cargoClass;

    String note;

    @Version
    long version;
}
