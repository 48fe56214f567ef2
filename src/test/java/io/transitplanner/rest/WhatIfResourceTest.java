package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What-ifs over REST on the small scenario: one closing the border crossing BXU for the whole horizon is created,
 * solved and compared with the published plan, and the live network, rules, shipments and published plan stay as
 * they were.
 */
@QuarkusTest
class WhatIfResourceTest {
    private static final String PROBLEM = "application/problem+json";
    /** The small scenario's horizon. */
    private static final String START = "2012-08-21T00:00:00Z";

    private static final String END = "2012-09-25T00:00:00Z";

    @BeforeEach
    void loadScenario() {
        Scenarios.load(Scenarios.SMALL);
    }

    @Test
    void shouldSolveAWhatIfClosingACrossingAndCompareItWithThePublishedPlanLeavingLiveDataAlone() {
        ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(uniqueReference("GB")));
        long published = Plans.solvedAndPublished("3s");
        Map<String, String> before = liveDump(published);

        Map<String, Object> closure = new LinkedHashMap<>();
        closure.put("node", "BXU");
        closure.put("from", START);
        closure.put("to", END);
        closure.put("reason", "border closed");
        Map<String, Object> added = aShipment("WHATIF-1", "DE");
        Map<String, Object> quota = Map.of("country", "RU", "period", "WEEK", "maxTeu", 500);
        String name = "BXU closed " + UUID.randomUUID();
        Response created = create(Map.of(
                "name",
                name,
                "description",
                "what if the crossing at BXU stays shut",
                "changes",
                Map.of("closures", List.of(closure), "quotas", List.of(quota), "shipments", List.of(added))));
        created.then()
                .statusCode(201)
                .header(
                        "Location",
                        endsWith("/api/what-ifs/" + created.jsonPath().getLong("id")))
                .body("name", equalTo(name))
                .body("counts.disruptions", equalTo(3))
                .body("counts.quotas", equalTo(2))
                .body("changes.closures[0].node", equalTo("BXU"))
                .body("changes.closures[0].capacityFactor", equalTo(0.0f))
                .body("changes.shipments[0].reference", equalTo("WHATIF-1"))
                .body("latestPlanId", nullValue());
        long whatIf = created.jsonPath().getLong("id");
        int liveShipments = before.get("shipments").split("\"reference\"").length - 1;
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/what-ifs/" + whatIf)
                .then()
                .statusCode(200)
                .body("counts.shipments", equalTo(liveShipments + 1));

        String location = given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("timeLimit", "3s"))
                .when()
                .post("/api/what-ifs/" + whatIf + "/solve")
                .then()
                .statusCode(202)
                .body("kind", equalTo("WHAT_IF"))
                .extract()
                .header("Location");
        assertThat(location).contains("/api/plans/");
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Plans.awaitStatus(plan, Set.of("READY"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/what-ifs/" + whatIf)
                .then()
                .statusCode(200)
                .body("latestPlanId", equalTo((int) plan))
                .body("latestPlanStatus", equalTo("READY"));

        // no leg of the what-if's plan touches BXU; every shipment the published plan sends through BXU moved
        Scenario scenario = Plans.scenario(plan);
        Map<String, Lane> lanes = new HashMap<>();
        scenario.lanes().forEach(l -> lanes.put(l.code(), l));
        assertThat(scenario.disruptions()).anyMatch(d -> "BXU".equals(d.node()) && d.isClosure());
        for (Map<String, Object> a : assignments(plan)) {
            for (Map<String, Object> leg : legs(a)) {
                Lane lane = lanes.get((String) leg.get("lane"));
                assertThat(Set.of(lane.from(), lane.to()))
                        .as(a.get("shipment") + " " + leg)
                        .doesNotContain("BXU");
            }
        }
        Set<Long> throughBxu = new HashSet<>();
        for (Map<String, Object> a : assignments(published)) {
            for (Map<String, Object> leg : legs(a)) {
                if (((String) leg.get("lane")).contains("BXU")) {
                    throughBxu.add(((Number) a.get("shipmentId")).longValue());
                }
            }
        }
        assertThat(throughBxu).as("the published plan uses BXU").isNotEmpty();
        JsonPath diff = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + plan + "/diff")
                .then()
                .statusCode(200)
                .body("againstId", equalTo((int) published))
                .extract()
                .jsonPath();
        Set<Long> moved = new HashSet<>();
        diff.getList("moved.shipmentId", Number.class).forEach(n -> moved.add(n.longValue()));
        assertThat(moved).containsAll(throughBxu);
        // the shipment only the what-if has: a server id of its own, negative
        assertThat(diff.getList("moved.shipment", String.class).contains("WHATIF-1"))
                .isEqualTo(assignments(plan).stream()
                        .anyMatch(a -> a.get("shipment").equals("WHATIF-1") && (Boolean) a.get("delivered")));
        assertThat(assignments(plan))
                .filteredOn(a -> a.get("shipment").equals("WHATIF-1"))
                .singleElement()
                .satisfies(a ->
                        assertThat(((Number) a.get("shipmentId")).longValue()).isEqualTo(-1L));

        // a what-if plan is never published
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/plans/" + plan + "/publish")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));

        assertThat(liveDump(published)).isEqualTo(before);

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/what-ifs")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) whatIf));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .delete("/api/what-ifs/" + whatIf)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/what-ifs/" + whatIf)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + plan)
                .then()
                .statusCode(404);
        assertThat(liveDump(published)).isEqualTo(before);
    }

    @Test
    void shouldCutALaneAndRefuseBadChangesNamingTheField() {
        String name = "cut " + UUID.randomUUID();
        create(Map.of("name", name, "changes", Map.of("cutLanes", List.of("TRZ-KLJ-RAIL"))))
                .then()
                .statusCode(201)
                // the lane goes, and with it the disruption on it
                .body("counts.lanes", equalTo(22))
                .body("counts.disruptions", equalTo(1));
        create(Map.of("name", name))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));

        Map<String, Object> unknownNode = closure("node", "XXX", START, END);
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("closures", List.of(unknownNode))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("changes.closures[0].node"));
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("cutLanes", List.of("NO-SUCH-LANE"))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("changes.cutLanes[0]"));
        Map<String, Object> badShipment = aShipment("WI-2", "GB");
        badShipment.put("origin", "NOWHERE");
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("shipments", List.of(badShipment))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("changes.shipments[0].origin"));
        create(Map.of(
                        "name",
                        "x " + UUID.randomUUID(),
                        "changes",
                        Map.of("quotas", List.of(Map.of("country", "FR", "period", "WEEK", "maxTeu", 5)))))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("changes.quotas[0].country"));

        Map<String, Object> badDate = closure("node", "BXU", "2012-13-45T00:00:00Z", END);
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("closures", List.of(badDate))))
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        Map<String, Object> backwards = closure("node", "BXU", END, START);
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("closures", List.of(backwards))))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("changes.closures[0].to"));
        Map<String, Object> both = closure("node", "BXU", START, END);
        both.put("lane", "BXU-TRZ-RAIL");
        create(Map.of("name", "x " + UUID.randomUUID(), "changes", Map.of("closures", List.of(both))))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("changes.closures[0]"));
        create(Map.of("name", " ")).then().statusCode(400).body("errors[0].field", equalTo("name"));

        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "officer's"))
                .when()
                .post("/api/what-ifs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/what-ifs/987654321/solve")
                .then()
                .statusCode(404);
    }

    // ---------------------------------------------------------------- helpers

    private static Response create(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/what-ifs");
    }

    private static Map<String, Object> closure(String kind, String code, String from, String to) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(kind, code);
        c.put("from", from);
        c.put("to", to);
        return c;
    }

    /** Everything live a what-if must not change, as the API shows it. */
    private static Map<String, String> liveDump(long published) {
        Map<String, String> dump = new LinkedHashMap<>();
        for (String path : List.of(
                "/api/nodes",
                "/api/lanes",
                "/api/disruptions",
                "/api/quotas",
                "/api/permissions",
                "/api/shipments?size=500",
                "/api/plans/" + published,
                "/api/plans/" + published + "/assignments?size=500",
                "/api/plans?status=PUBLISHED")) {
            dump.put(
                    path.startsWith("/api/shipments") ? "shipments" : path,
                    given().auth()
                            .oauth2(Tokens.planner())
                            .when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        return dump;
    }

    private static List<Map<String, Object>> assignments(long plan) {
        return given().auth()
                .oauth2(Tokens.planner())
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + plan + "/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> legs(Map<String, Object> assignment) {
        return (List<Map<String, Object>>) assignment.get("legs");
    }
}
