package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.service.PlanService;
import io.transitplanner.testdata.JsonTrees;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Sql;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports never destroy acknowledged work: they keep, update or archive (restorably) the stored shipments. */
@QuarkusTest
class ImportSafetyTest {
    @Inject
    PlanService plans;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void startFromTheSmallScenario() {
        Scenarios.load(Scenarios.SMALL);
    }

    static Response importing(String body, Map<String, String> query) {
        return given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .queryParams(query)
                .body(body)
                .when()
                .put("/api/scenario");
    }

    static Response shipment(long id) {
        return given().auth().oauth2(Tokens.planner()).when().get("/api/shipments/" + id);
    }

    @Test
    void shouldKeepAnOfficersShipmentAcrossTheDefaultImportAndADocumentWithoutIt() {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));
        String before = shipment(id).then().statusCode(200).extract().asString();

        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/scenario/default")
                .then()
                .statusCode(200)
                .body("mode", equalTo("merge"))
                .body("kept", equalTo(1))
                .body("unchanged", equalTo(30))
                .body("archived", equalTo(0));
        JsonTrees.assertEquivalent(
                JsonTrees.parse(shipment(id).then().statusCode(200).extract().asString()), JsonTrees.parse(before));

        // The replan document names the same 30 scenario shipments (some changed), not the officer's.
        importing(Scenarios.text(Scenarios.REPLAN), Map.of())
                .then()
                .statusCode(200)
                .body("kept", equalTo(1))
                .body("archived", equalTo(0))
                .body("added", equalTo(0));
        shipment(id)
                .then()
                .statusCode(200)
                .body("reference", equalTo(reference))
                .body("status", equalTo("SUBMITTED"));
        given().auth()
                .oauth2(Tokens.admin())
                .queryParams(Map.of("entity", "scenario", "size", "2"))
                .when()
                .get("/api/audit-events")
                .then()
                .body("items.action", contains("IMPORT", "IMPORT"))
                .body("items[0].detail", containsString("kept=1"));
    }

    @Test
    void shouldArchiveInReplaceModeAndRestoreWithTheSameIdAndData() {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));
        String before = shipment(id).then().statusCode(200).extract().asString();

        long eventId = importing(Scenarios.text(Scenarios.REPLAN), Map.of("mode", "replace"))
                .then()
                .statusCode(200)
                .body("mode", equalTo("replace"))
                .body("archived", equalTo(1))
                .body("kept", equalTo(0))
                .extract()
                .jsonPath()
                .getLong("eventId");
        shipment(id).then().statusCode(404);

        restore(eventId)
                .then()
                .statusCode(200)
                .body("importEventId", equalTo((int) eventId))
                .body("shipments", equalTo(1));
        JsonTrees.assertEquivalent(
                JsonTrees.parse(shipment(id).then().statusCode(200).extract().asString()), JsonTrees.parse(before));
        restore(eventId).then().statusCode(409).contentType("application/problem+json");
        restore(eventId + 1_000_000).then().statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/scenario/imports/" + eventId + "/restore")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseARestoreWhenTheSameReferenceIsStoredAgain() {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));
        long eventId = importing(Scenarios.text(Scenarios.SMALL), Map.of("mode", "replace"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("eventId");
        long again = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));

        restore(eventId)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("/api/shipments/" + id))
                .body("errors[0].reason", containsString("shipment " + again + " of the same nation and reference"));
        shipment(id).then().statusCode(404);
        shipment(again).then().statusCode(200);
    }

    @Test
    void shouldWriteNothingInADryRunAndCountWhatTheRealImportDoes() throws SQLException {
        long kept = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(uniqueReference("GB")));
        String export = ScenarioResourceTest.export();
        long events = count("select count(*) from audit_event");
        long archives = count("select count(*) from import_archive");

        Map<String, Object> dry = importing(
                        Scenarios.text(Scenarios.REPLAN), Map.of("mode", "replace", "dryRun", "true"))
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("eventId", nullValue())
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(count("select count(*) from audit_event")).isEqualTo(events);
        assertThat(count("select count(*) from import_archive")).isEqualTo(archives);
        JsonTrees.assertEquivalent(JsonTrees.parse(ScenarioResourceTest.export()), JsonTrees.parse(export));
        shipment(kept).then().statusCode(200);

        Map<String, Object> real = importing(Scenarios.text(Scenarios.REPLAN), Map.of("mode", "replace"))
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .extract()
                .jsonPath()
                .getMap("$");
        assertThat(dry.get("archived")).isEqualTo(1);
        Map<String, Object> realCounts = new java.util.HashMap<>(real);
        realCounts.remove("eventId");
        realCounts.put("dryRun", true);
        assertThat(realCounts).isEqualTo(dry);
        shipment(kept).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnImportThatWouldOrphanAShipmentAndNameIt() throws SQLException {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference)); // OB1 to HGB
        String withoutOb1 = withoutNode(Scenarios.text(Scenarios.SMALL), "OB1");
        String export = ScenarioResourceTest.export();

        importing(withoutOb1, Map.of())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/unservable-shipments"))
                .body("detail", containsString("unservable=archive"))
                .body("errors.field", contains("/api/shipments/" + id))
                .body("errors[0].reason", containsString("GB '" + reference + "': origin 'OB1' is not a node"));
        importing(withoutOb1, Map.of("dryRun", "true")).then().statusCode(409);
        JsonTrees.assertEquivalent(JsonTrees.parse(ScenarioResourceTest.export()), JsonTrees.parse(export));

        // keep: the shipment stays, and so does the node it names (without its lanes)
        importing(withoutOb1, Map.of("unservable", "keep"))
                .then()
                .statusCode(200)
                .body("unservable", equalTo(1))
                .body("kept", equalTo(1))
                .body("retainedNodes", equalTo(1))
                .body("unservableShipments[0].id", equalTo((int) id))
                .body("unservableShipments[0].reason", containsString("origin 'OB1'"));
        shipment(id).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/nodes/OB1")
                .then()
                .statusCode(200);
        assertThat(count("select count(*) from lane where from_node = 'OB1' or to_node = 'OB1'"))
                .isZero();

        // archive: it goes into the archive of the import, restorable once OB1 is back
        long eventId = importing(withoutOb1, Map.of("unservable", "archive"))
                .then()
                .statusCode(200)
                .body("archived", equalTo(1))
                .extract()
                .jsonPath()
                .getLong("eventId");
        shipment(id).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/nodes/OB1")
                .then()
                .statusCode(404);
        restore(eventId)
                .then()
                .statusCode(409)
                .body("errors[0].reason", containsString("node 'OB1' is not in the network"));
        importing(Scenarios.text(Scenarios.SMALL), Map.of()).then().statusCode(200);
        restore(eventId).then().statusCode(200).body("shipments", equalTo(1));
        shipment(id).then().statusCode(200).body("reference", equalTo(reference));
    }

    @Test
    void shouldRefuseAnImportThatClosesEveryLaneToAShipment() {
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(uniqueReference("GB")));
        ObjectNode doc = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.SMALL));
        ArrayNode permissions = (ArrayNode) doc.get("permissions");
        for (Iterator<JsonNode> it = permissions.iterator(); it.hasNext(); ) {
            if (it.next().get("country").asText().equals("AF")) {
                it.remove();
            }
        }
        doc.putArray("shipments");
        importing(doc.toString(), Map.of())
                .then()
                .statusCode(409)
                .body("errors.field", hasItem("/api/shipments/" + id))
                .body("errors.reason", hasItem(containsString("no lane out of 'OB1' is open to GB GENERAL")));
    }

    @Test
    void shouldMarkThePublishedPlanStaleAndKeepItsLegsThroughAnArchiveAndARestore() throws SQLException {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));
        Leg direct =
                new Leg("OB1-HDE-AIR", Instant.parse("2012-08-22T08:00:00Z"), Instant.parse("2012-08-22T20:00:00Z"));
        long planId = plans.savePublished(
                new Plan("small", new PlanScore(0, -1, -1), List.of(new Assignment(reference, List.of(direct)))));

        importing(Scenarios.text(Scenarios.SMALL), Map.of())
                .then()
                .statusCode(200)
                .body("plansMarkedStale", greaterThanOrEqualTo(1));
        assertThat(count("select count(*) from plan where id = " + planId + " and stale and stale_reason like"
                        + " '%imported%'"))
                .isEqualTo(1);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + planId)
                .then()
                .statusCode(200)
                .body("stale", equalTo(true))
                .body("staleReason", containsString("imported"));
        assertThat(count("select count(*) from plan_leg where shipment_id = " + id))
                .isEqualTo(1);

        long eventId = importing(Scenarios.text(Scenarios.SMALL), Map.of("mode", "replace"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("eventId");
        // the plan is a record of the past: archiving the shipment leaves the plan exactly as it was scored
        assertThat(count("select count(*) from plan where id = " + planId)).isEqualTo(1);
        assertThat(count("select count(*) from plan_leg where shipment_id = " + id))
                .isEqualTo(1);
        assertThat(count("select count(*) from shipment where id = " + id)).isZero();
        // nothing to put back into the plan, and nothing doubled
        restore(eventId).then().statusCode(200).body("planLegs", equalTo(0));
        assertThat(count("select count(*) from plan_leg where shipment_id = " + id))
                .isEqualTo(1);
        shipment(id).then().statusCode(200).body("legs.lane", contains("OB1-HDE-AIR"));
    }

    @Test
    void shouldUpdateAStoredShipmentTheDocumentNamesByNationAndReference() {
        ObjectNode doc = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.SMALL));
        ObjectNode first = (ObjectNode) doc.get("shipments").get(0); // S0000 of DE
        first.put("priority", 1);
        first.put("id", "DE:S0000"); // an export's form where two nations share a reference
        importing(doc.toString(), Map.of())
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("added", equalTo(0))
                .body("unchanged", equalTo(29));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParams(Map.of("nation", "DE", "size", "500"))
                .when()
                .get("/api/shipments")
                .then()
                .body("items.findAll { it.reference == 'S0000' }.priority", contains(1));
    }

    @Test
    void shouldAnswerBadImportParametersWith400() {
        importing(Scenarios.text(Scenarios.SMALL), Map.of("mode", "wipe", "unservable", "drop", "dryRun", "maybe"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("mode", "unservable", "dryRun"));
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/scenario/imports/abc/restore")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventId"));
    }

    private static Response restore(long eventId) {
        return given().auth().oauth2(Tokens.admin()).when().post("/api/scenario/imports/" + eventId + "/restore");
    }

    /**
     * The document without the node and the lanes and disruptions touching it; its own shipments from that node leave
     * from OB2 instead, so that only shipments stored outside the document lose their origin.
     */
    private static String withoutNode(String text, String code) {
        ObjectNode doc = (ObjectNode) JsonTrees.parse(text);
        removeIf((ArrayNode) doc.get("nodes"), n -> n.get("code").asText().equals(code));
        removeIf(
                (ArrayNode) doc.get("lanes"),
                l -> l.get("from").asText().equals(code) || l.get("to").asText().equals(code));
        removeIf(
                (ArrayNode) doc.get("disruptions"),
                d -> d.has("lane") && d.get("lane").asText().startsWith(code + "-"));
        doc.get("shipments").forEach(s -> {
            if (s.get("origin").asText().equals(code)) {
                ((ObjectNode) s).put("origin", "OB2");
            }
        });
        return doc.toString();
    }

    private static void removeIf(ArrayNode array, java.util.function.Predicate<JsonNode> test) {
        for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
            if (test.test(it.next())) {
                it.remove();
            }
        }
    }

    private long count(String sql) throws SQLException {
        return Sql.value(dataSource, sql);
    }
}
