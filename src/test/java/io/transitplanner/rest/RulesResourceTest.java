package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Permissions, quotas and disruptions. */
@QuarkusTest
class RulesResourceTest {

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    private static long created(String path, Map<String, Object> body) {
        return NetworkResourceTest.send("POST", Tokens.planner(), path, body)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(path + "/"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    // ---------------------------------------------------------------- permissions

    @Test
    void shouldCreateReadUpdateAndDeleteAPermission() {
        Map<String, Object> permission = new HashMap<>(Map.of(
                "country",
                "KZ",
                "cargoClasses",
                List.of("VEHICLES", "GENERAL"),
                "modes",
                List.of("RAIL"),
                "validFrom",
                "2012-08-01T00:00:00Z",
                "note",
                "transit agreement"));
        long id = created("/api/permissions", permission);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/permissions/" + id)
                .then()
                .statusCode(200)
                .body("cargoClasses", contains("GENERAL", "VEHICLES"))
                .body("modes", contains("RAIL"))
                .body("nations", nullValue())
                .body("validTo", nullValue())
                .body("version", equalTo(0));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/permissions")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) id))
                .body("country", hasItem("RU"));

        permission.put("nations", List.of("US", "GB"));
        permission.put("version", 0);
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/permissions/" + id, permission)
                .then()
                .statusCode(200)
                .body("nations", contains("GB", "US"))
                .body("version", equalTo(1));
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/permissions/" + id, permission)
                .then()
                .statusCode(409)
                .body("type", endsWith("/stale-version"));

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .delete("/api/permissions/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/permissions/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/permissions/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/permissions/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldValidatePermissions() {
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/permissions",
                        Map.of(
                                "country",
                                "KZ",
                                "cargoClasses",
                                List.of(),
                                "modes",
                                List.of(),
                                "nations",
                                List.of("usa")))
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("cargoClasses", "modes", "nations[]"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/permissions",
                        Map.of(
                                "country",
                                "KZ",
                                "cargoClasses",
                                List.of("GENERAL"),
                                "validFrom",
                                "2012-09-01T00:00:00Z",
                                "validTo",
                                "2012-08-01T00:00:00Z"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("validTo"));
        NetworkResourceTest.send(
                        "PUT",
                        Tokens.planner(),
                        "/api/permissions/1",
                        Map.of("country", "KZ", "cargoClasses", List.of("GENERAL")))
                .then()
                .statusCode(400)
                .body("errors.field", contains("version"));
        NetworkResourceTest.send(
                        "PUT",
                        Tokens.planner(),
                        "/api/permissions/999999",
                        Map.of("country", "KZ", "cargoClasses", List.of("GENERAL"), "version", 0))
                .then()
                .statusCode(404);
    }

    @Test
    void shouldKeepTheRulesFromOfficers() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/permissions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/quotas")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/disruptions")
                .then()
                .statusCode(403);
    }

    // ---------------------------------------------------------------- quotas

    @Test
    void shouldCreateReadUpdateAndDeleteAQuota() {
        Map<String, Object> quota = new HashMap<>(
                Map.of("country", "RU", "period", "MONTH", "maxTeu", 900, "nation", "DE", "cargoClass", "VEHICLES"));
        long id = created("/api/quotas", quota);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/quotas/" + id)
                .then()
                .statusCode(200)
                .body("period", equalTo("MONTH"))
                .body("maxTeu", equalTo(900))
                .body("nation", equalTo("DE"));
        given().auth().oauth2(Tokens.planner()).when().get("/api/quotas").then().body("country", hasItem("UZ"));

        quota.put("maxTeu", 700);
        quota.put("version", 0);
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/quotas/" + id, quota)
                .then()
                .statusCode(200)
                .body("maxTeu", equalTo(700))
                .body("version", equalTo(1));
        quota.put("version", 0);
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/quotas/" + id, quota)
                .then()
                .statusCode(409);

        NetworkResourceTest.send(
                        "POST", Tokens.planner(), "/api/quotas", Map.of("country", "RU", "period", "DAY", "maxTeu", 1))
                .then()
                .statusCode(400)
                .body("errors.field", contains("period"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/quotas",
                        Map.of("country", "RU", "period", "WEEK", "maxTeu", -1))
                .then()
                .statusCode(400)
                .body("errors.field", contains("maxTeu"));

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/quotas/" + id)
                .then()
                .statusCode(204);
        given().auth().oauth2(Tokens.planner()).when().get("/api/quotas").then().body("id", not(hasItem((int) id)));
    }

    // ---------------------------------------------------------------- disruptions

    @Test
    void shouldCreateReadUpdateAndDeleteADisruption() {
        Map<String, Object> closure = new HashMap<>(Map.of(
                "node",
                "ULY",
                "from",
                "2012-09-01T00:00:00Z",
                "to",
                "2012-09-03T00:00:00Z",
                "capacityFactor",
                0.0,
                "reason",
                "runway works"));
        long id = created("/api/disruptions", closure);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/disruptions/" + id)
                .then()
                .statusCode(200)
                .body("node", equalTo("ULY"))
                .body("lane", nullValue())
                .body("capacityFactor", equalTo(0.0f));

        closure.put("capacityFactor", 0.25);
        closure.put("version", 0);
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/disruptions/" + id, closure)
                .then()
                .statusCode(200)
                .body("capacityFactor", equalTo(0.25f))
                .body("version", equalTo(1));
        NetworkResourceTest.send("PUT", Tokens.planner(), "/api/disruptions/" + id, closure)
                .then()
                .statusCode(409);

        // The node is now in use by the disruption.
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/ULY")
                .then()
                .statusCode(409)
                .body("errors.reason", hasItem("disruption " + id));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/disruptions/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/disruptions")
                .then()
                .body("id", not(hasItem((int) id)));
    }

    @Test
    void shouldCheckTheTargetAndWindowOfADisruption() {
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/disruptions",
                        Map.of(
                                "lane",
                                "NO-SUCH-LANE",
                                "from",
                                "2012-09-01T00:00:00Z",
                                "to",
                                "2012-09-03T00:00:00Z",
                                "capacityFactor",
                                0.5))
                .then()
                .statusCode(422)
                .body("errors.field", contains("lane"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/disruptions",
                        Map.of(
                                "node",
                                "NOWHERE",
                                "from",
                                "2012-09-01T00:00:00Z",
                                "to",
                                "2012-09-03T00:00:00Z",
                                "capacityFactor",
                                0.5))
                .then()
                .statusCode(422)
                .body("errors.field", contains("node"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/disruptions",
                        Map.of(
                                "node",
                                "ULY",
                                "lane",
                                "OB1-BXU-ROAD",
                                "from",
                                "2012-09-01T00:00:00Z",
                                "to",
                                "2012-09-03T00:00:00Z",
                                "capacityFactor",
                                0.5))
                .then()
                .statusCode(400)
                .body("errors.field", contains("$"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/disruptions",
                        Map.of(
                                "node",
                                "ULY",
                                "from",
                                "2012-09-03T00:00:00Z",
                                "to",
                                "2012-09-01T00:00:00Z",
                                "capacityFactor",
                                1.5))
                .then()
                .statusCode(400)
                .body("errors.field", contains("capacityFactor"));
        NetworkResourceTest.send(
                        "POST",
                        Tokens.planner(),
                        "/api/disruptions",
                        Map.of(
                                "node",
                                "ULY",
                                "from",
                                "2012-09-03T00:00:00Z",
                                "to",
                                "2012-09-01T00:00:00Z",
                                "capacityFactor",
                                0.5))
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
    }
}
