package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.testdata.JsonTrees;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScenarioResourceTest {

    static Response put(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/scenario");
    }

    /** An import in replace mode: every stored shipment the document does not name is archived. */
    static Response replace(String body) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .queryParam("mode", "replace")
                .body(body)
                .when()
                .put("/api/scenario");
    }

    static String export() {
        return given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/scenario")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
    }

    @Test
    void shouldExportExactlyTheScenarioItImported() {
        replace(Scenarios.text(Scenarios.SMALL))
                .then()
                .statusCode(200)
                .body("name", equalTo("small"))
                .body("nodes", equalTo(12))
                .body("lanes", equalTo(23))
                .body("permissions", equalTo(18))
                .body("quotas", equalTo(1))
                .body("disruptions", equalTo(2))
                .body("shipments", equalTo(30));

        JsonTrees.assertEquivalent(JsonTrees.parse(export()), JsonTrees.parse(Scenarios.text(Scenarios.SMALL)));
    }

    @Test
    void shouldExportTheNdnScenarioAsItWasImported() throws Exception {
        String ndn;
        try (var in = ScenarioResourceTest.class.getResourceAsStream("/scenarios/ndn-2012.json")) {
            ndn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        replace(ndn)
                .then()
                .statusCode(200)
                .body("name", equalTo("ndn-2012"))
                .body("nodes", equalTo(33))
                .body("lanes", equalTo(79));

        // notes, permissions with validity windows, quotas with nations and classes, every disruption: all kept
        JsonTrees.assertEquivalent(JsonTrees.parse(export()), JsonTrees.parse(ndn));
    }

    @Test
    void shouldGiveBackPinnedLegsOfAReplanScenario() {
        replace(Scenarios.text(Scenarios.REPLAN)).then().statusCode(200).body("disruptions", equalTo(3));
        JsonTrees.assertEquivalent(JsonTrees.parse(export()), JsonTrees.parse(Scenarios.text(Scenarios.REPLAN)));
    }

    @Test
    void shouldArchiveWhatTheDocumentDoesNotNameInReplaceMode() {
        Scenarios.load(Scenarios.SMALL);
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment("EXTRA-1"));
        Scenarios.load(Scenarios.REPLAN);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/shipments/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("count", true)
                .when()
                .get("/api/shipments")
                .then()
                .body("total", equalTo(30));
    }

    @Test
    void shouldWriteNationPrefixedIdsWhereTwoNationsShareAReference() {
        Scenarios.load(Scenarios.SMALL);
        // S0001 is a US shipment of the scenario; GB now uses the same reference.
        ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment("S0001"));
        long cancelled = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment("GONE-1"));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .post("/api/shipments/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        JsonNode exported = JsonTrees.parse(export());
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/scenario")
                .then()
                .body("shipments.id", hasItems("US:S0001", "GB:S0001", "S0000"))
                .body("shipments.id", not(hasItem("S0001")))
                .body("shipments.id", not(hasItem("GONE-1")));
        org.assertj.core.api.Assertions.assertThat(exported.get("shipments").size())
                .isEqualTo(31);
    }

    @Test
    void shouldImportTheDefaultScenario() {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("mode", "replace")
                .when()
                .post("/api/scenario/default")
                .then()
                .statusCode(200)
                .body("name", equalTo("small"))
                .body("shipments", equalTo(30));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/scenario/default")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldAnswerMalformedJsonWith400() {
        put(Tokens.admin(), "{\"name\": ")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].reason", containsString("malformed JSON"));
        put(Tokens.admin(), "").then().statusCode(400).body("errors[0].field", equalTo("$"));
        put(Tokens.admin(), "[1, 2]").then().statusCode(400).body("errors[0].field", equalTo("$"));
    }

    @Test
    void shouldReportEveryFaultOfADocumentWithItsPathAndChangeNothing() {
        Scenarios.load(Scenarios.SMALL);
        String before = export();
        ObjectNode doc = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.REPLAN));
        ((ObjectNode) doc.get("quotas").get(0)).put("maxTeu", -5);
        doc.putArray("notes").add(42);
        ((ObjectNode) doc.get("shipments").get(2)).remove("teu");
        ((ObjectNode) doc.get("shipments").get(3)).put("origin", "NOWHERE");

        put(Tokens.admin(), doc.toString())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "$.quotas[0].maxTeu", "$.notes[0]", "$.shipments[2].teu", "$.shipments[3].origin"));
        JsonTrees.assertEquivalent(JsonTrees.parse(export()), JsonTrees.parse(before));
    }

    @Test
    void shouldAnswerADocumentWhoseOnlyFaultsAreUnknownCodesWith422() {
        ObjectNode doc = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.SMALL));
        ((ObjectNode) doc.get("lanes").get(0)).put("from", "ATLANTIS");
        ArrayNode disruptions = (ArrayNode) doc.get("disruptions");
        ((ObjectNode) disruptions.get(0)).put("node", "LEMURIA");
        put(Tokens.admin(), doc.toString())
                .then()
                .statusCode(422)
                .body("type", endsWith("/unknown-reference"))
                .body("errors.field", hasItems("$.lanes[0].from", "$.disruptions[0].node"));
    }

    @Test
    void shouldLetOnlyAdminsImportAndOnlyPlannersAndAdminsExport() {
        Scenarios.load(Scenarios.SMALL);
        put(Tokens.planner(), Scenarios.text(Scenarios.SMALL))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        put(Tokens.officer("GB"), Scenarios.text(Scenarios.SMALL)).then().statusCode(403);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/scenario")
                .then()
                .statusCode(403);
        given().when().get("/api/scenario").then().statusCode(401);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .get("/api/scenario")
                .then()
                .statusCode(200)
                .body("name", equalTo("small"));
    }

    @Test
    void shouldRecordImportsInTheAuditTrail() {
        Scenarios.load(Scenarios.REPLAN);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParams(Map.of("entity", "scenario", "size", "1"))
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("IMPORT"))
                .body("items.entityId", contains("small-replan"))
                .body("items.subject", contains("admin-1"))
                .body("items.roles", contains("admin"));
    }
}
