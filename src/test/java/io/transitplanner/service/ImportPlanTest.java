package io.transitplanner.service;

import static io.transitplanner.testdata.Fixtures.aLane;
import static io.transitplanner.testdata.Fixtures.aNode;
import static io.transitplanner.testdata.Fixtures.aPermission;
import static io.transitplanner.testdata.Fixtures.aScenario;
import static io.transitplanner.testdata.Fixtures.aShipment;
import static io.transitplanner.testdata.Fixtures.leg;
import static org.assertj.core.api.Assertions.assertThat;

import io.transitplanner.domain.CargoClass;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Mode;
import io.transitplanner.domain.Scenario;
import io.transitplanner.domain.Shipment;
import io.transitplanner.domain.ShipmentStatus;
import io.transitplanner.domain.TrackedShipment;
import io.transitplanner.testdata.Fixtures;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an import does to stored shipments, and the servability rule, without a database. */
class ImportPlanTest {
    private static final ImportOptions MERGE = ImportOptions.DEFAULT;

    /** BASE (AF) -ROAD-> HUB (UZ) -RAIL-> PORT (LV); UZ lets GENERAL cargo of every nation through, by rail only. */
    private static Fixtures.ScenarioBuilder network() {
        return aScenario()
                .nodes(
                        aNode("BASE").in("AF"),
                        aNode("HUB").in("UZ"),
                        aNode("PORT").in("LV"))
                .lanes(
                        aLane("BASE-HUB", "BASE", "HUB"),
                        aLane("HUB-PORT", "HUB", "PORT").mode(Mode.RAIL))
                .openCountries("AF", "LV")
                .permissions(aPermission(
                        "UZ", EnumSet.of(CargoClass.GENERAL), Set.of(Mode.RAIL, Mode.ROAD), null, null, null));
    }

    private static TrackedShipment stored(long id, Shipment s, ShipmentStatus status) {
        Instant at = Instant.parse("2012-08-01T00:00:00Z");
        return new TrackedShipment(id, s, status, 0, at, at);
    }

    private static TrackedShipment stored(long id, Shipment s) {
        return stored(id, s, ShipmentStatus.SUBMITTED);
    }

    private static ImportPlan plan(Scenario doc, List<TrackedShipment> stored, ImportOptions options) {
        return ImportPlan.of(doc, stored, Map.of(), options);
    }

    @Test
    void shouldAddNewUpdateChangedAndKeepUnnamedShipments() {
        Shipment same = aShipment("A", "BASE", "PORT").nation("GB").build();
        Shipment changed = aShipment("B", "BASE", "PORT").nation("GB").build();
        Shipment fresh = aShipment("C", "BASE", "PORT").nation("GB").build();
        Shipment officers = aShipment("D", "BASE", "PORT").nation("GB").build();
        Shipment changedInDoc =
                aShipment("B", "BASE", "PORT").nation("GB").priority(1).build();
        Scenario doc = network().withShipments(same, changedInDoc, fresh).build();

        ImportPlan plan = plan(doc, List.of(stored(1, same), stored(2, changed), stored(3, officers)), MERGE);

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.updates()).containsOnlyKeys(2L);
        assertThat(plan.updates().get(2L).priority()).isEqualTo(1);
        assertThat(plan.additions()).containsExactly(fresh);
        assertThat(plan.kept()).extracting(TrackedShipment::id).containsExactly(3L);
        assertThat(plan.archived()).isEmpty();
        assertThat(plan.unservable()).isEmpty();
    }

    @Test
    void shouldTellNationsApartWhenTheyShareAReference() {
        Shipment gb = aShipment("X", "BASE", "PORT").nation("GB").build();
        Shipment us = aShipment("X", "BASE", "PORT").nation("US").build();
        ImportPlan plan = plan(network().withShipments(us).build(), List.of(stored(1, gb)), MERGE);
        assertThat(plan.additions()).containsExactly(us);
        assertThat(plan.kept()).extracting(TrackedShipment::id).containsExactly(1L);
    }

    @Test
    void shouldArchiveEveryUnnamedShipmentInReplaceMode() {
        Shipment officers = aShipment("D", "BASE", "PORT").nation("GB").build();
        ImportPlan plan = plan(
                network().build(),
                List.of(stored(7, officers, ShipmentStatus.DELIVERED)),
                new ImportOptions(ImportOptions.Mode.REPLACE, null, false));
        assertThat(plan.archived()).containsOnlyKeys(7L);
        assertThat(plan.kept()).isEmpty();
    }

    @Test
    void shouldFindAShipmentWhoseOriginIsGoneUnservable() {
        Shipment gone = aShipment("D", "CAMP", "PORT").nation("GB").build();
        ImportPlan plan = plan(network().build(), List.of(stored(5, gone)), MERGE);
        assertThat(plan.unservable()).singleElement().satisfies(u -> assertThat(u.reason())
                .isEqualTo("origin 'CAMP' is not a node of the new network"));
        // refused by the service: nothing is archived or retained on the plan's own account
        assertThat(plan.archived()).isEmpty();
    }

    @Test
    void shouldFindAShipmentNoLaneIsOpenToUnservable() {
        // UZ lets only GENERAL through: LETHAL cargo of GB cannot leave BASE (every lane out of it enters UZ)
        Shipment lethal = aShipment("L", "BASE", "PORT")
                .nation("GB")
                .cargoClass(CargoClass.LETHAL)
                .build();
        ImportPlan plan = plan(network().build(), List.of(stored(5, lethal)), MERGE);
        assertThat(plan.unservable()).singleElement().satisfies(u -> assertThat(u.reason())
                .isEqualTo("no lane out of 'BASE' is open to GB LETHAL"));
    }

    @Test
    void shouldNotAskDeliveredShipmentsForAnOpenLane() {
        Shipment lethal = aShipment("L", "BASE", "PORT")
                .nation("GB")
                .cargoClass(CargoClass.LETHAL)
                .build();
        ImportPlan plan = plan(network().build(), List.of(stored(5, lethal, ShipmentStatus.DELIVERED)), MERGE);
        assertThat(plan.unservable()).isEmpty();
        assertThat(plan.kept()).hasSize(1);
    }

    @Test
    void shouldArchiveOrKeepUnservableShipmentsAsTold() {
        Lane oldLane = aLane("CAMP-BASE", "CAMP", "BASE").build();
        Shipment pinned = aShipment("P", "CAMP", "PORT")
                .nation("GB")
                .pinned(leg(oldLane, Instant.parse("2012-08-06T06:00:00Z")))
                .build();
        List<TrackedShipment> stored = List.of(stored(9, pinned, ShipmentStatus.IN_TRANSIT));

        ImportPlan archive = ImportPlan.of(
                network().build(),
                stored,
                Map.of(oldLane.code(), oldLane),
                new ImportOptions(null, ImportOptions.Unservable.ARCHIVE, false));
        assertThat(archive.archived()).containsOnlyKeys(9L);
        assertThat(archive.archived().get(9L)).contains("origin 'CAMP'");
        assertThat(archive.kept()).isEmpty();

        ImportPlan keep = ImportPlan.of(
                network().build(),
                stored,
                Map.of(oldLane.code(), oldLane),
                new ImportOptions(null, ImportOptions.Unservable.KEEP, false));
        assertThat(keep.kept()).hasSize(1);
        assertThat(keep.retainedNodes()).containsExactly("CAMP");
        assertThat(keep.retainedLanes()).containsExactly("CAMP-BASE");
    }

    @Test
    void shouldReadNationPrefixedIdsAsReferencesAndFindDuplicates() {
        Scenario doc = network()
                .withShipments(
                        aShipment("GB:X", "BASE", "PORT").nation("GB").build(),
                        aShipment("X", "BASE", "PORT").nation("GB").build(),
                        aShipment("GB:Y", "BASE", "PORT").nation("US").build())
                .build();
        Scenario plain = ImportPlan.withPlainReferences(doc);
        assertThat(plain.shipments()).extracting(Shipment::id).containsExactly("X", "X", "GB:Y");
        assertThat(ImportPlan.duplicates(plain)).singleElement().satisfies(p -> assertThat(p.field())
                .isEqualTo("$.shipments[1].id"));
    }
}
