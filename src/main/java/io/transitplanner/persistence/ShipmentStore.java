package io.transitplanner.persistence;

import io.quarkus.panache.common.Sort;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** The shipments of every nation; which caller may see which is the service's concern, not the store's. */
@ApplicationScoped
public class ShipmentStore {
    /** Most values bound to one IN list, well below the driver's limit of 32,767 parameters per statement. */
    private static final int IN_CHUNK = 1000;
    /** The unique constraint on (nation, reference), named in the Flyway migration. */
    private static final String REFERENCE_CONSTRAINT = "shipment_reference_unique";

    private final ShipmentRepository shipments;
    private final EntityManager em;

    ShipmentStore(ShipmentRepository shipments, EntityManager em) {
        this.shipments = shipments;
        this.em = em;
    }

    public Optional<TrackedShipment> find(long id) {
        return shipments.findByIdOptional(id).map(e -> toDomain(e, legs(e.pinnedLegs)));
    }

    /** The id of the shipment a nation stored under this reference, if any. */
    public Optional<Long> idOf(String nation, String reference) {
        return em.createQuery("select s.id from ShipmentEntity s where s.nation = ?1 and s.reference = ?2", Long.class)
                .setParameter(1, nation)
                .setParameter(2, reference)
                .getResultStream()
                .findFirst();
    }

    /** Which of these references of one nation are already stored, with the id of each. */
    public Map<String, Long> existingReferences(String nation, Collection<String> references) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(references);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            em.createQuery(
                            "select s.reference, s.id from ShipmentEntity s where s.nation = ?1 and s.reference in ?2",
                            Object[].class)
                    .setParameter(1, nation)
                    .setParameter(2, chunk)
                    .getResultList()
                    .forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    public TrackedShipment create(Shipment shipment, ShipmentStatus status, Instant now) {
        ShipmentEntity e = newEntity(shipment, status, now);
        try {
            shipments.persist(e);
            shipments.flush();
        } catch (PersistenceException failure) {
            throw translated(failure);
        }
        return toDomain(e, shipment.pinnedLegs());
    }

    /**
     * Stores many shipments in JDBC batches (see {@code quarkus.hibernate-orm.jdbc.statement-batch-size}) and
     * returns their ids in the order given.
     */
    public List<Long> createAll(List<Shipment> list, ShipmentStatus status, Instant now) {
        List<ShipmentEntity> entities = new ArrayList<>(list.size());
        for (Shipment s : list) {
            entities.add(newEntity(s, status, now));
        }
        try {
            shipments.persist(entities);
            shipments.flush();
        } catch (PersistenceException failure) {
            throw translated(failure);
        }
        List<Long> ids = entities.stream().map(e -> e.id).toList();
        // Nothing reads these entities again in this transaction: free the memory of 10,000 managed objects.
        em.clear();
        return ids;
    }

    /** Every stored shipment, of every status, in id order. */
    public List<TrackedShipment> all() {
        return inStatus(EnumSet.allOf(ShipmentStatus.class));
    }

    /** Every shipment in one of these statuses, in the order they were stored, with its pinned legs. */
    public List<TrackedShipment> inStatus(Collection<ShipmentStatus> statuses) {
        List<ShipmentEntity> found = shipments.list("status in ?1", Sort.by("id"), statuses);
        Map<Long, List<Leg>> pinned = new HashMap<>();
        em.createQuery(
                        "select s.id, index(l), l.laneCode, l.departure, l.arrival"
                                + " from ShipmentEntity s join s.pinnedLegs l where s.status in ?1 order by s.id, index(l)",
                        Object[].class)
                .setParameter(1, statuses)
                .getResultList()
                .forEach(row -> addLeg(pinned, row));
        return found.stream()
                .map(e -> toDomain(e, pinned.getOrDefault(e.id, List.of())))
                .toList();
    }

    /**
     * Changes the due date, priority or size (a {@code null} leaves a field as it is) and the status, provided the
     * shipment is still at the version the caller read.
     */
    public Optional<TrackedShipment> amend(
            long id,
            long expectedVersion,
            Instant dueAt,
            Integer priority,
            Integer teu,
            Double weightTons,
            ShipmentStatus status,
            Instant now,
            boolean needsReplan) {
        Optional<ShipmentEntity> found = shipments.findByIdOptional(id);
        found.ifPresent(e -> {
            NetworkStore.checkVersion("shipment " + id, e.version, expectedVersion);
            e.amendedAt = now;
            e.needsReplan |= needsReplan;
            if (dueAt != null) {
                e.dueAt = dueAt;
            }
            if (priority != null) {
                e.priority = priority;
            }
            if (teu != null) {
                e.teu = teu;
            }
            if (weightTons != null) {
                e.weightTons = weightTons;
            }
            e.status = status;
            e.updatedAt = now;
            shipments.flush();
        });
        return found.map(e -> toDomain(e, legs(e.pinnedLegs)));
    }

    /** Cancels the shipment like {@link #changeStatus}, recording the change as its nation's amendment. */
    public Optional<TrackedShipment> cancel(long id, Long expectedVersion, Instant now, boolean needsReplan) {
        shipments.findByIdOptional(id).ifPresent(e -> {
            if (expectedVersion != null) {
                NetworkStore.checkVersion("shipment " + id, e.version, expectedVersion);
            }
            e.amendedAt = now;
            e.needsReplan |= needsReplan;
        });
        return changeStatus(id, expectedVersion, ShipmentStatus.CANCELLED, now);
    }

    /** Moves the shipment to a new status; {@code expectedVersion} may be {@code null} when any version will do. */
    public Optional<TrackedShipment> changeStatus(long id, Long expectedVersion, ShipmentStatus status, Instant now) {
        Optional<ShipmentEntity> found = shipments.findByIdOptional(id);
        found.ifPresent(e -> {
            if (expectedVersion != null) {
                NetworkStore.checkVersion("shipment " + id, e.version, expectedVersion);
            }
            e.status = status;
            e.updatedAt = now;
            shipments.flush();
        });
        return found.map(e -> toDomain(e, legs(e.pinnedLegs)));
    }

    /** Moves every listed shipment that is in {@code from} to {@code to} (a plan was published for them). */
    public int promote(Collection<Long> ids, ShipmentStatus from, ShipmentStatus to, Instant now) {
        int changed = 0;
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            changed += em.createQuery("update ShipmentEntity s set s.status = ?1, s.updatedAt = ?2,"
                            + " s.version = s.version + 1 where s.status = ?3 and s.id in ?4")
                    .setParameter(1, to)
                    .setParameter(2, now)
                    .setParameter(3, from)
                    .setParameter(4, all.subList(i, Math.min(all.size(), i + IN_CHUNK)))
                    .executeUpdate();
        }
        return changed;
    }

    /**
     * A submission that raced another with the same nation and reference is stopped by the unique constraint; it is
     * told apart from any other failure as {@link EntityExistsException}.
     */
    private static RuntimeException translated(PersistenceException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && c.getConstraintName() != null
                    && c.getConstraintName().contains(REFERENCE_CONSTRAINT)) {
                return new EntityExistsException(
                        "a shipment with the same nation and reference was stored meanwhile", failure);
            }
        }
        return failure;
    }

    // ---------------------------------------------------------------- mapping

    /**
     * Gives a stored shipment the data of an imported document. A plan was made for what it was: a SUBMITTED or
     * PLANNED shipment becomes SUBMITTED; one under way, delivered or cancelled keeps its status.
     */
    static void update(ShipmentEntity e, Shipment s, Instant now) {
        e.origin = s.origin();
        e.destination = s.destination();
        e.cargoClass = s.cargoClass();
        e.teu = s.teu();
        e.weightTons = s.weightTons();
        e.availableAt = s.availableAt();
        e.dueAt = s.dueAt();
        e.priority = s.priority();
        if (e.status == ShipmentStatus.PLANNED) {
            e.status = ShipmentStatus.SUBMITTED;
        }
        e.updatedAt = now;
        e.pinnedLegs.clear();
        for (Leg leg : s.pinnedLegs()) {
            LegEmbeddable l = new LegEmbeddable();
            l.laneCode = leg.lane();
            l.departure = leg.departure();
            l.arrival = leg.arrival();
            e.pinnedLegs.add(l);
        }
    }

    static ShipmentEntity newEntity(Shipment s, ShipmentStatus status, Instant now) {
        ShipmentEntity e = new ShipmentEntity();
        e.nation = s.nation();
        e.reference = s.id();
        e.origin = s.origin();
        e.destination = s.destination();
        e.cargoClass = s.cargoClass();
        e.teu = s.teu();
        e.weightTons = s.weightTons();
        e.availableAt = s.availableAt();
        e.dueAt = s.dueAt();
        e.priority = s.priority();
        e.status = status;
        e.createdAt = now;
        e.updatedAt = now;
        for (Leg leg : s.pinnedLegs()) {
            LegEmbeddable l = new LegEmbeddable();
            l.laneCode = leg.lane();
            l.departure = leg.departure();
            l.arrival = leg.arrival();
            e.pinnedLegs.add(l);
        }
        return e;
    }

    private static TrackedShipment toDomain(ShipmentEntity e, List<Leg> pinnedLegs) {
        Shipment s = new Shipment(
                e.reference,
                e.nation,
                e.origin,
                e.destination,
                e.cargoClass,
                e.teu,
                e.weightTons,
                e.availableAt,
                e.dueAt,
                e.priority,
                pinnedLegs);
        return new TrackedShipment(e.id, s, e.status, e.version, e.createdAt, e.updatedAt, e.needsReplan);
    }

    private static List<Leg> legs(List<LegEmbeddable> legs) {
        return legs.stream()
                .map(l -> new Leg(l.laneCode, l.departure, l.arrival))
                .toList();
    }

    private static void addLeg(Map<Long, List<Leg>> pinned, Object[] row) {
        pinned.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                .add(new Leg((String) row[2], (Instant) row[3], (Instant) row[4]));
    }
}
