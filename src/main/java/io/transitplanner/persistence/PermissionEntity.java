package io.transitplanner.persistence;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Mode;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "permission")
class PermissionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permission_seq")
    @SequenceGenerator(name = "permission_seq", sequenceName = "permission_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 2)
    String country;

    @ElementCollection
    @CollectionTable(name = "permission_cargo_class", joinColumns = @JoinColumn(name = "permission_id"))
    @Column(name = "cargo_class", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    Set<CargoClass> cargoClasses = new HashSet<>();

    /** Empty means every mode. */
    @ElementCollection
    @CollectionTable(name = "permission_mode", joinColumns = @JoinColumn(name = "permission_id"))
    @Column(name = "mode", nullable = false, length = 8)
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    Set<Mode> modes = new HashSet<>();

    /** Empty means every nation. */
    @ElementCollection
    @CollectionTable(name = "permission_nation", joinColumns = @JoinColumn(name = "permission_id"))
    @Column(name = "nation", nullable = false, length = 2)
    @Fetch(FetchMode.SUBSELECT)
    Set<String> nations = new HashSet<>();

    @Column(name = "valid_from")
    Instant validFrom;

    @Column(name = "valid_to")
    Instant validTo;

    String note;

    @Version
    long version;
}
