package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.ShipmentFixtures;
import io.transitplanner.testdata.Tokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    static Map<String, Object> aNode(String code) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", code);
        node.put("name", "Termez river port");
        node.put("country", "UZ");
        node.put("kind", "RAIL_TERMINAL");
        node.put("lat", 37.22);
        node.put("lon", 67.28);
        node.put("handlingHours", 12);
        node.put("throughputTeuPerDay", 40);
        return node;
    }

    static Map<String, Object> aLane(String code, String from, String to) {
        Map<String, Object> lane = new LinkedHashMap<>();
        lane.put("code", code);
        lane.put("from", from);
        lane.put("to", to);
        lane.put("mode", "RAIL");
        lane.put("transitHours", 30);
        lane.put("capacityTeu", 60);
        lane.put("capacityTons", 1200.0);
        lane.put("costPerTeu", 2100);
        lane.put("transits", List.of("KZ"));
        lane.put("schedule", Map.of("weekly", List.of("MON 06:00", "THU 18:00")));
        return lane;
    }

    static Response send(String method, String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .request(method, path);
    }

    // ---------------------------------------------------------------- nodes

    @Test
    void shouldCreateReadUpdateAndDeleteANode() {
        send("POST", Tokens.planner(), "/api/nodes", aNode("TMZ"))
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/nodes/TMZ"))
                .body("code", equalTo("TMZ"))
                .body("version", equalTo(0));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/nodes/TMZ")
                .then()
                .statusCode(200)
                .body("name", equalTo("Termez river port"))
                .body("throughputTeuPerDay", equalTo(40));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/nodes")
                .then()
                .statusCode(200)
                .body("code", hasItems("OB1", "HGB", "TMZ"));

        Map<String, Object> changed = aNode("TMZ");
        changed.put("version", 0);
        changed.put("handlingHours", 6);
        changed.remove("throughputTeuPerDay");
        send("PUT", Tokens.planner(), "/api/nodes/TMZ", changed)
                .then()
                .statusCode(200)
                .body("handlingHours", equalTo(6))
                .body("throughputTeuPerDay", nullValue())
                .body("version", equalTo(1));
        send("PUT", Tokens.planner(), "/api/nodes/TMZ", changed)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/stale-version"));

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .delete("/api/nodes/TMZ")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/TMZ")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/nodes/TMZ")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/TMZ")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseADuplicateNodeCode() {
        send("POST", Tokens.planner(), "/api/nodes", aNode("OB1"))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors.field", contains("code"));
    }

    @Test
    void shouldNeverChangeANodeCodeAndRequireAVersion() {
        Map<String, Object> renamed = aNode("OB9");
        renamed.remove("version");
        send("PUT", Tokens.planner(), "/api/nodes/OB1", renamed)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "version"));
        send(
                        "PUT",
                        Tokens.planner(),
                        "/api/nodes/NOPE",
                        Map.of("name", "x", "country", "GB", "kind", "HUB", "lat", 1, "lon", 1, "version", 0))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldValidateNodeFields() {
        Map<String, Object> bad = aNode("bad code");
        bad.put("lat", 91);
        bad.put("country", "Uzbekistan");
        bad.put("kind", "CASTLE");
        send("POST", Tokens.planner(), "/api/nodes", bad)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("kind"));
        bad.put("kind", "HUB");
        send("POST", Tokens.planner(), "/api/nodes", bad)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "country", "lat"));
        bad.remove("code");
        bad.put("lat", 1);
        bad.put("country", "UZ");
        send("POST", Tokens.planner(), "/api/nodes", bad).then().statusCode(400).body("errors.field", contains("code"));
    }

    @Test
    void shouldNotDeleteANodeInUseAndNameItsUsers() {
        long shipment = ShipmentResourceTest.submitted(
                Tokens.officer("GB"), ShipmentFixtures.aShipment(ShipmentFixtures.uniqueReference("GB")));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/OB1")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("node OB1 is in use"))
                .body("errors.field", hasItem("usedBy"))
                .body("errors.reason", hasItems("lane OB1-BXU-ROAD", "lane OB1-HDE-AIR"))
                .body("errors.reason", hasItem(containsString("more shipments")));
        // BXP: lanes and a closure use it.
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/BXP")
                .then()
                .statusCode(409)
                .body("errors.reason", hasItem(containsString("disruption")));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/nodes/OB1")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/shipments/" + shipment)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldForbidOfficersToChangeTheNetwork() {
        send("POST", Tokens.officer("GB"), "/api/nodes", aNode("TMZ"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        send("POST", Tokens.officer("GB"), "/api/lanes", aLane("X-Y", "OB1", "HGB"))
                .then()
                .statusCode(403);
    }

    // ---------------------------------------------------------------- lanes

    @Test
    void shouldCreateReadUpdateAndDeleteALane() {
        send("POST", Tokens.planner(), "/api/lanes", aLane("OB1-KLJ-RAIL", "OB1", "KLJ"))
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/lanes/OB1-KLJ-RAIL"))
                .body("schedule.weekly", contains("MON 06:00", "THU 18:00"))
                .body("transits", contains("KZ"))
                .body("version", equalTo(0));
        given().auth()
                .oauth2(Tokens.officer("US"))
                .when()
                .get("/api/lanes/OB1-KLJ-RAIL")
                .then()
                .statusCode(200)
                .body("from", equalTo("OB1"))
                .body("capacityTons", equalTo(1200.0f));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/lanes")
                .then()
                .statusCode(200)
                .body("code", hasItems("OB1-BXU-ROAD", "OB1-KLJ-RAIL"));

        Map<String, Object> changed = aLane(null, "OB1", "KLJ");
        changed.remove("code");
        changed.put("schedule", Map.of("daily", List.of("06:00", "18:30")));
        changed.put("transits", List.of("KZ", "RU"));
        changed.put("version", 0);
        send("PUT", Tokens.planner(), "/api/lanes/OB1-KLJ-RAIL", changed)
                .then()
                .statusCode(200)
                .body("schedule.daily", contains("06:00", "18:30"))
                .body("schedule.weekly", nullValue())
                .body("transits", contains("KZ", "RU"))
                .body("version", equalTo(1));
        send("PUT", Tokens.planner(), "/api/lanes/OB1-KLJ-RAIL", changed)
                .then()
                .statusCode(409)
                .body("type", endsWith("/stale-version"));

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/lanes/OB1-KLJ-RAIL")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/lanes/OB1-KLJ-RAIL")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseALaneToAMissingNodeWith422() {
        send("POST", Tokens.planner(), "/api/lanes", aLane("OB1-MARS-AIR", "OB1", "MARS"))
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", contains("to"))
                .body("errors[0].reason", containsString("MARS"));
        Map<String, Object> update = aLane(null, "ATLANTIS", "HGB");
        update.put("version", 0);
        send("PUT", Tokens.planner(), "/api/lanes/OB1-BXU-ROAD", update)
                .then()
                .statusCode(422)
                .body("errors.field", contains("from"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/lanes")
                .then()
                .body("code", not(hasItem("OB1-MARS-AIR")));
    }

    @Test
    void shouldValidateLaneFieldsAndSchedules() {
        send("POST", Tokens.planner(), "/api/lanes", aLane("OB1-OB1", "OB1", "OB1"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        Map<String, Object> twoForms = aLane("TWO-FORMS", "OB1", "HGB");
        twoForms.put("schedule", Map.of("daily", List.of("06:00"), "at", List.of("2012-08-22T06:00:00Z")));
        send("POST", Tokens.planner(), "/api/lanes", twoForms)
                .then()
                .statusCode(400)
                .body("errors.field", contains("schedule"))
                .body("errors[0].reason", containsString("exactly one"));
        Map<String, Object> badEntries = aLane("BAD-ENTRIES", "OB1", "HGB");
        badEntries.put("schedule", Map.of("daily", List.of("06:00", "25:00")));
        badEntries.put("transits", List.of("KZ", "kazakhstan"));
        badEntries.put("transitHours", 0);
        send("POST", Tokens.planner(), "/api/lanes", badEntries)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("schedule.daily[1]", "transits[1]", "transitHours"));
        Map<String, Object> noSchedule = aLane("NO-SCHEDULE", "OB1", "HGB");
        noSchedule.remove("schedule");
        send("POST", Tokens.planner(), "/api/lanes", noSchedule)
                .then()
                .statusCode(400)
                .body("errors.field", contains("schedule"));
        send("POST", Tokens.planner(), "/api/lanes", aLane("OB1-BXU-ROAD", "OB1", "BXU"))
                .then()
                .statusCode(409);
    }

    @Test
    void shouldNotDeleteALaneInUse() {
        // A disruption of the small scenario halves TRZ-KLJ-RAIL.
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/lanes/TRZ-KLJ-RAIL")
                .then()
                .statusCode(409)
                .body("errors.reason", hasItem(containsString("disruption")));
        // In the replan scenario, pinned legs ride OB2-HGB-AIR.
        Scenarios.load(Scenarios.REPLAN);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/lanes/OB2-HGB-AIR")
                .then()
                .statusCode(409)
                .body("errors.reason", hasItem(containsString("pinned leg")));
    }
}
