package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.service.PlanService;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShipmentResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Inject
    PlanService plans;

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    static Response submit(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/shipments");
    }

    static long submitted(String token, Map<String, Object> body) {
        return submit(token, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // ---------------------------------------------------------------- create and read

    @Test
    void shouldSubmitAShipmentForTheNationOfTheOfficer() {
        String reference = uniqueReference("GB");
        Response created = submit(Tokens.officer("GB"), aShipment(reference));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/shipments/"))
                .body("reference", equalTo(reference))
                .body("nation", equalTo("GB"))
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(0))
                .body("teu", equalTo(2))
                .body("dueAt", equalTo("2012-09-15T00:00:00Z"));

        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("origin", equalTo("OB1"))
                .body("destination", equalTo("HGB"))
                .body("cargoClass", equalTo("GENERAL"))
                .body("weightTons", equalTo(18.5f))
                .body("priority", equalTo(3))
                .body("legs", empty())
                .body("eta", nullValue());
    }

    @Test
    void shouldAnswerAResubmissionWith409AndTheExistingShipmentWithoutStoringASecond() {
        String reference = uniqueReference("GB");
        long id = submitted(Tokens.officer("GB"), aShipment(reference));

        submit(Tokens.officer("GB"), aShipment(reference))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .header("Location", endsWith("/api/shipments/" + id))
                .header("Link", containsString("</api/shipments/" + id + ">"))
                .body("type", endsWith("/duplicate-reference"))
                .body("status", equalTo(409))
                .body("existing", equalTo("/api/shipments/" + id))
                .body("errors[0].field", equalTo("reference"));

        int stored = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("nation", "GB")
                .queryParam("size", 500)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.reference == '" + reference + "' }")
                .size();
        assertThat(stored).as("shipments stored under the retried reference").isEqualTo(1);
    }

    @Test
    void shouldLetAnotherNationUseTheSameReference() {
        String reference = uniqueReference("SHARED");
        submitted(Tokens.officer("GB"), aShipment(reference));
        submit(Tokens.officer("US"), aShipment(reference))
                .then()
                .statusCode(201)
                .body("nation", equalTo("US"));
    }

    @Test
    void shouldRequireANationFromPlanners() {
        submit(Tokens.planner(), aShipment(uniqueReference("P")))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("nation"));
        submit(Tokens.planner(), aShipment(uniqueReference("P"), "NO"))
                .then()
                .statusCode(201)
                .body("nation", equalTo("NO"));
    }

    @Test
    void shouldForbidAnOfficerToSubmitForAnotherNation() {
        submit(Tokens.officer("GB"), aShipment(uniqueReference("X"), "US"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("GB"));
    }

    @Test
    void shouldAnswerUnknownNodesWith422() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("origin", "NOWHERE");
        body.put("destination", "ZZ9");
        submit(Tokens.officer("GB"), body)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", endsWith("/unknown-reference"))
                .body("errors.field", contains("origin", "destination"))
                .body("errors[0].reason", containsString("NOWHERE"));
    }

    @Test
    void shouldReportEveryInvalidFieldWith400() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("teu", 0);
        body.put("priority", 9);
        body.remove("dueAt");
        body.put("reference", "has spaces");
        submit(Tokens.officer("GB"), body)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("dueAt", "priority", "reference", "teu"));
    }

    @Test
    void shouldRefuseADueDateBeforeTheShipmentIsAvailable() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("dueAt", "2012-08-01T00:00:00Z");
        submit(Tokens.officer("GB"), body).then().statusCode(400).body("errors.field", contains("dueAt"));
        body.put("dueAt", "2012-09-01T00:00:00Z");
        body.put("destination", "OB1");
        submit(Tokens.officer("GB"), body).then().statusCode(400).body("errors.field", contains("destination"));
    }

    @Test
    void shouldAnswerAnUnknownShipmentWith404() {
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/shipments/987654321")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/shipments/not-a-number")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    // ---------------------------------------------------------------- list

    @Test
    void shouldListWithEveryFilterAndPage() {
        String gb = Tokens.officer("GB");
        Map<String, Object> january = aShipment(uniqueReference("JAN"));
        january.put("dueAt", "2013-01-10T00:00:00Z");
        Map<String, Object> lateJanuary = aShipment(uniqueReference("JAN"));
        lateJanuary.put("dueAt", "2013-01-20T00:00:00Z");
        lateJanuary.put("cargoClass", "VEHICLES");
        lateJanuary.put("origin", "OB2");
        lateJanuary.put("destination", "HDE");
        Map<String, Object> february = aShipment(uniqueReference("FEB"));
        february.put("dueAt", "2013-02-10T00:00:00Z");
        long januaryId = submitted(gb, january);
        long lateJanuaryId = submitted(gb, lateJanuary);
        long februaryId = submitted(gb, february);
        given().auth()
                .oauth2(gb)
                .when()
                .post("/api/shipments/" + februaryId + "/cancel")
                .then()
                .statusCode(200);

        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "count", "true"))
                .then()
                .body("total", equalTo(3))
                .body("items.id", contains((int) januaryId, (int) lateJanuaryId, (int) februaryId));
        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "dueTo", "2013-02-01T00:00:00Z", "count", "true"))
                .then()
                .body("total", equalTo(2));
        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "cargoClass", "VEHICLES"))
                .then()
                .body("items.id", contains((int) lateJanuaryId));
        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "origin", "OB2", "destination", "HDE"))
                .then()
                .body("items.id", contains((int) lateJanuaryId));
        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "status", "CANCELLED"))
                .then()
                .body("items.id", contains((int) februaryId));
        list(gb, Map.of("dueFrom", "2013-01-01T00:00:00Z", "size", "2", "page", "1", "count", "true"))
                .then()
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("items.id", contains((int) februaryId));
        // The small scenario holds five GB shipments besides these three.
        list(gb, Map.of("count", "true"))
                .then()
                .body("total", equalTo(8))
                .body("items.nation", everyItem(equalTo("GB")));
    }

    @Test
    void shouldAnswerBadFilterValuesWith400() {
        list(Tokens.planner(), Map.of("status", "LOST", "dueFrom", "yesterday", "size", "0", "page", "x"))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("status", "dueFrom", "size", "page"));
        list(Tokens.planner(), Map.of("size", "501")).then().statusCode(400).body("errors.field", contains("size"));
    }

    static Response list(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/shipments");
    }

    // ---------------------------------------------------------------- amend and cancel

    @Test
    void shouldAmendDueDatePriorityAndSizeAndRefuseAStaleVersion() {
        String gb = Tokens.officer("GB");
        long id = submitted(gb, aShipment(uniqueReference("GB")));

        amend(
                        gb,
                        id,
                        Map.of(
                                "version",
                                0,
                                "dueAt",
                                "2012-09-20T00:00:00Z",
                                "priority",
                                1,
                                "teu",
                                3,
                                "weightTons",
                                30.0))
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("dueAt", equalTo("2012-09-20T00:00:00Z"))
                .body("priority", equalTo(1))
                .body("teu", equalTo(3))
                .body("weightTons", equalTo(30.0f));

        amend(gb, id, Map.of("version", 0, "priority", 5))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/stale-version"))
                .body("errors.field", contains("version"));
        given().auth().oauth2(gb).when().get("/api/shipments/" + id).then().body("priority", equalTo(1));
    }

    @Test
    void shouldRefuseAnAmendmentWithoutChangesOrVersion() {
        String gb = Tokens.officer("GB");
        long id = submitted(gb, aShipment(uniqueReference("GB")));
        amend(gb, id, Map.of("version", 0)).then().statusCode(400).body("errors.field", contains("$"));
        amend(gb, id, Map.of("priority", 2)).then().statusCode(400).body("errors.field", contains("version"));
        amend(gb, id, Map.of("version", 0, "teu", -1, "priority", 0))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("teu", "priority"));
        amend(gb, id, Map.of("version", 0, "dueAt", "2012-01-01T00:00:00Z"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueAt"));
    }

    @Test
    void shouldCancelAndThenRefuseEveryChange() {
        String gb = Tokens.officer("GB");
        long id = submitted(gb, aShipment(uniqueReference("GB")));
        given().auth()
                .oauth2(gb)
                .queryParam("version", 5)
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("type", endsWith("/stale-version"));
        given().auth()
                .oauth2(gb)
                .queryParam("version", 0)
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("version", equalTo(1));

        given().auth()
                .oauth2(gb)
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("CANCELLED"));
        amend(gb, id, Map.of("version", 1, "priority", 2)).then().statusCode(409);
    }

    static Response amend(String token, long id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .patch("/api/shipments/" + id);
    }

    // ---------------------------------------------------------------- plans and tracking

    @Test
    void shouldShowLegsAndEtaOfTheLatestPublishedPlan() {
        String gb = Tokens.officer("GB");
        String reference = uniqueReference("GB");
        long id = submitted(gb, aShipment(reference));
        Leg first =
                new Leg("OB1-BXU-ROAD", Instant.parse("2012-08-22T18:00:00Z"), Instant.parse("2012-08-23T07:00:00Z"));
        Leg second =
                new Leg("BXU-TRZ-RAIL", Instant.parse("2012-08-24T06:00:00Z"), Instant.parse("2012-08-25T06:00:00Z"));
        Leg direct =
                new Leg("OB1-HDE-AIR", Instant.parse("2012-08-22T08:00:00Z"), Instant.parse("2012-08-22T20:00:00Z"));

        plans.savePublished(plan(new Assignment(reference, List.of(first, second))));
        given().auth()
                .oauth2(gb)
                .when()
                .get("/api/shipments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("legs.lane", contains("OB1-BXU-ROAD", "BXU-TRZ-RAIL"))
                .body("legs[1].arrival", equalTo("2012-08-25T06:00:00Z"))
                .body("eta", equalTo("2012-08-25T06:00:00Z"));

        plans.savePublished(plan(new Assignment(reference, List.of(direct))));
        // A later plan that leaves the shipment out does not hide the last itinerary it was given.
        plans.savePublished(plan(new Assignment("S0001", List.of())));
        given().auth()
                .oauth2(gb)
                .when()
                .get("/api/shipments/" + id)
                .then()
                .statusCode(200)
                .body("legs.lane", contains("OB1-HDE-AIR"))
                .body("eta", equalTo("2012-08-22T20:00:00Z"));
    }

    @Test
    void shouldTrackAPlannedShipmentToDelivery() {
        String gb = Tokens.officer("GB");
        String reference = uniqueReference("GB");
        long id = submitted(gb, aShipment(reference));
        status(Tokens.planner(), id, "IN_TRANSIT")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors.field", contains("status"));
        plans.savePublished(plan(new Assignment(
                reference,
                List.of(new Leg(
                        "OB1-HDE-AIR",
                        Instant.parse("2012-08-22T08:00:00Z"),
                        Instant.parse("2012-08-22T20:00:00Z"))))));

        status(gb, id, "IN_TRANSIT").then().statusCode(403).contentType(PROBLEM);
        status(Tokens.planner(), id, "IN_TRANSIT").then().statusCode(200).body("status", equalTo("IN_TRANSIT"));
        amend(gb, id, Map.of("version", 2, "priority", 1))
                .then()
                .statusCode(409)
                .body("detail", containsString("IN_TRANSIT"));
        given().auth()
                .oauth2(gb)
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(409);
        status(Tokens.admin(), id, "DELIVERED").then().statusCode(200).body("status", equalTo("DELIVERED"));
        status(Tokens.planner(), id, "IN_TRANSIT").then().statusCode(409);
        status(Tokens.planner(), id, "LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRefuseAPlanNamingUnknownShipments() {
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                io.transitplanner.service.UnknownReferenceException.class,
                                () -> plans.savePublished(plan(new Assignment("NO-SUCH-SHIPMENT", List.of()))))
                        .problems())
                .extracting(p -> p.field())
                .containsExactly("$.assignments[0].shipment");
    }

    static Response status(String token, long id, String status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .when()
                .post("/api/shipments/" + id + "/status");
    }

    private static Plan plan(Assignment assignment) {
        return new Plan("small", new PlanScore(0, -10, -1000), List.of(assignment));
    }

    @Test
    void shouldNotListLegsOfPlansInTheListing() {
        list(Tokens.planner(), Map.of("size", "1"))
                .then()
                .statusCode(200)
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("legs")))
                .body("items[0].pinnedLegs", hasSize(0))
                .body("items.status", hasItem("SUBMITTED"));
    }
}
