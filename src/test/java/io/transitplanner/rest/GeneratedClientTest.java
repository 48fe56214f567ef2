package io.transitplanner.rest;

import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.transitplanner.client.ApiClient;
import io.transitplanner.client.ApiException;
import io.transitplanner.client.api.NetworkApi;
import io.transitplanner.client.api.ScenarioApi;
import io.transitplanner.client.api.ShipmentsApi;
import io.transitplanner.client.model.BulkResponse;
import io.transitplanner.client.model.CargoClass;
import io.transitplanner.client.model.ImportResponse;
import io.transitplanner.client.model.LaneRequest;
import io.transitplanner.client.model.LaneResponse;
import io.transitplanner.client.model.Mode;
import io.transitplanner.client.model.NodeResponse;
import io.transitplanner.client.model.Problem;
import io.transitplanner.client.model.ScheduleDto;
import io.transitplanner.client.model.ShipmentAmendRequest;
import io.transitplanner.client.model.ShipmentDetailResponse;
import io.transitplanner.client.model.ShipmentPageResponse;
import io.transitplanner.client.model.ShipmentRequest;
import io.transitplanner.client.model.ShipmentResponse;
import io.transitplanner.client.model.ShipmentStatus;
import io.transitplanner.testdata.JsonTrees;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An officer's and a planner's day through the Java client that openapi-generator makes, unmodified, from
 * docs/openapi.json (see the pom): what a nation's IT cell generating its own client from /q/openapi would get.
 */
@QuarkusTest
class GeneratedClientTest {
    private static final OffsetDateTime KABUL_MIDNIGHT = OffsetDateTime.parse("2012-09-03T04:30:00+04:30");

    private final String nation = "GB";

    @BeforeEach
    void loadScenarioThroughTheClient() throws ApiException {
        ImportResponse imported = new ScenarioApi(client(Tokens.admin()))
                .importScenario(JsonTrees.parse(Scenarios.text(Scenarios.SMALL)), false, "replace", null);
        assertThat(imported.getName()).isEqualTo("small");
        assertThat(imported.getNodes()).isEqualTo(12);
    }

    @Test
    void shouldGetThroughAnOfficersDay() throws Exception {
        ShipmentsApi officer = new ShipmentsApi(client(Tokens.officer(nation)));
        String origin = "OB2"; // the import before the test replaced every shipment: the listing is this test's

        // submit, with an instant in Kabul time: stored and answered in UTC
        String reference = uniqueReference(nation);
        ShipmentResponse submitted = officer.submitShipment(shipment(reference, origin, KABUL_MIDNIGHT));
        assertThat(submitted.getNation()).isEqualTo(nation);
        assertThat(submitted.getStatus()).isEqualTo(ShipmentStatus.SUBMITTED);
        assertThat(submitted.getAvailableAt().toInstant()).isEqualTo(Instant.parse("2012-09-03T00:00:00Z"));
        assertThat(submitted.getAvailableAt().getOffset()).isEqualTo(ZoneOffset.UTC);

        // bulk upload
        BulkResponse bulk = officer.uploadShipments(List.of(
                shipment(uniqueReference(nation), origin, KABUL_MIDNIGHT.plusDays(1)),
                shipment(uniqueReference(nation), origin, KABUL_MIDNIGHT.plusDays(2))));
        assertThat(bulk.getCreated()).isEqualTo(2);

        // list with filters, two pages
        OffsetDateTime dueFrom = OffsetDateTime.parse("2012-10-15T00:00:00Z");
        OffsetDateTime dueTo = OffsetDateTime.parse("2012-10-16T04:30:00+04:30");
        ShipmentPageResponse first = officer.listShipments(
                null, CargoClass.GENERAL, true, "HGB", dueFrom, dueTo, null, origin, 0, 2, ShipmentStatus.SUBMITTED);
        ShipmentPageResponse second = officer.listShipments(
                null, CargoClass.GENERAL, true, "HGB", dueFrom, dueTo, null, origin, 1, 2, ShipmentStatus.SUBMITTED);
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getItems()).hasSize(2);
        assertThat(second.getItems()).hasSize(1);
        assertThat(List.of(first.getItems(), second.getItems()).stream()
                        .flatMap(List::stream)
                        .map(ShipmentResponse::getReference))
                .contains(reference)
                .containsAll(bulk.getShipments().stream()
                        .map(created -> created.getReference())
                        .toList());

        // read, amend, cancel
        ShipmentDetailResponse read = officer.getShipment(submitted.getId());
        assertThat(read.getReference()).isEqualTo(reference);
        assertThat(read.getLegs()).isEmpty();

        ShipmentResponse amended = officer.amendShipment(
                submitted.getId(),
                new ShipmentAmendRequest()
                        .version(read.getVersion())
                        .priority(1)
                        .dueAt(OffsetDateTime.parse("2012-10-20T01:00:00+01:00")));
        assertThat(amended.getPriority()).isEqualTo(1);
        assertThat(amended.getDueAt().toInstant()).isEqualTo(Instant.parse("2012-10-20T00:00:00Z"));
        assertThat(amended.getVersion()).isEqualTo(read.getVersion() + 1);

        ShipmentResponse cancelled = officer.cancelShipment(submitted.getId(), amended.getVersion());
        assertThat(cancelled.getStatus()).isEqualTo(ShipmentStatus.CANCELLED);

        // a retried submission is a 409 problem naming the shipment already stored
        ApiException duplicate = catchThrowableOfType(
                ApiException.class,
                () -> officer.submitShipment(
                        shipment(bulk.getShipments().get(0).getReference(), origin, KABUL_MIDNIGHT)));
        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(duplicate.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem =
                client(Tokens.officer(nation)).getObjectMapper().readValue(duplicate.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).endsWith("/duplicate-reference");
        assertThat(problem.getExisting())
                .isEqualTo("/api/shipments/" + bulk.getShipments().get(0).getId());
        assertThat(problem.getErrors()).singleElement().satisfies(e -> assertThat(e.getField())
                .isEqualTo("reference"));
    }

    @Test
    void shouldGetThroughAPlannersDay() throws Exception {
        ApiClient planner = client(Tokens.planner());
        NetworkApi network = new NetworkApi(planner);

        List<NodeResponse> nodes = network.listNodes();
        assertThat(nodes).extracting(NodeResponse::getCode).contains("OB1", "ULY", "HGB");

        LaneResponse added = network.createLane(new LaneRequest()
                .code("OB1-HGB-AIR")
                .from("OB1")
                .to("HGB")
                .mode(Mode.AIR)
                .transitHours(9)
                .capacityTeu(6)
                .costPerTeu(21000)
                .schedule(new ScheduleDto().weekly(List.of("TUE 06:00", "FRI 06:00"))));
        assertThat(added.getVersion()).isZero();
        assertThat(network.getLane("OB1-HGB-AIR").getSchedule().getWeekly()).containsExactly("TUE 06:00", "FRI 06:00");

        Object exported = new ScenarioApi(planner).exportScenario();
        assertThat(exported).isInstanceOf(Map.class);
        List<?> lanes = (List<?>) ((Map<?, ?>) exported).get("lanes");
        assertThat(lanes).hasSize(24).anySatisfy(lane -> assertThat(((Map<?, ?>) lane).get("code"))
                .isEqualTo("OB1-HGB-AIR"));
    }

    private static ShipmentRequest shipment(String reference, String origin, OffsetDateTime availableAt) {
        return new ShipmentRequest()
                .reference(reference)
                .origin(origin)
                .destination("HGB")
                .cargoClass(CargoClass.GENERAL)
                .teu(2)
                .weightTons(18.5)
                .availableAt(availableAt)
                .dueAt(OffsetDateTime.parse("2012-10-15T06:00:00Z"))
                .priority(3);
    }

    /** A client of the running service, sending the caller's bearer token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
