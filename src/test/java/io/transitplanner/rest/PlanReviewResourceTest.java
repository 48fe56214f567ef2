package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.transitplanner.domain.Lane;
import io.transitplanner.domain.Scenario;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The review of a published plan over REST, each figure checked against the plan's own assignments and scenario: a
 * solve of the small scenario with a GB shipment due too soon (late) and a GB shipment too large for any departure
 * (unplanned).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanReviewResourceTest {
    private static final String PROBLEM = "application/problem+json";

    private long published;
    private long lateShipment;
    private long tooLargeShipment;
    private long onTimeGbShipment;
    private Scenario scenario;
    private List<Map<String, Object>> assignments;

    /** Once for the class (the HTTP port is known only before each test); the tests only read the plan. */
    @BeforeEach
    void solveAndPublishOnce() {
        if (published != 0) {
            return;
        }
        Scenarios.load(Scenarios.SMALL);
        String gb = Tokens.officer("GB");
        Map<String, Object> late = aShipment(uniqueReference("GB-LATE"));
        late.put("dueAt", "2012-08-23T00:00:00Z");
        lateShipment = ShipmentResourceTest.submitted(gb, late);
        Map<String, Object> large = aShipment(uniqueReference("GB-LARGE"));
        // more than any departure of the small network carries (75 TEU at most)
        large.put("teu", 200);
        large.put("weightTons", 2000.0);
        tooLargeShipment = ShipmentResourceTest.submitted(gb, large);
        onTimeGbShipment = ShipmentResourceTest.submitted(gb, aShipment(uniqueReference("GB")));
        // long enough for the construction to place every shipment on a loaded machine
        published = Plans.solvedAndPublished("8s");
        scenario = Plans.scenario(published);
        assignments = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + published + "/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    // ---------------------------------------------------------------- figures agree with the plan

    @Test
    void shouldListManifestsWhoseShipmentsAndTeuAreThoseOfTheAssignments() {
        Map<String, Integer> teu = new HashMap<>();
        scenario.shipments().forEach(s -> teu.put(s.id(), s.teu()));
        Map<String, Long> expectedTeu = new TreeMap<>();
        Map<String, Set<Long>> expectedShipments = new TreeMap<>();
        for (Map<String, Object> a : assignments) {
            for (Map<String, Object> leg : legs(a)) {
                String key = leg.get("lane") + "@" + leg.get("departure");
                expectedTeu.merge(key, (long) teu.get((String) a.get("shipment")), Long::sum);
                expectedShipments.computeIfAbsent(key, k -> new HashSet<>()).add(id(a));
            }
        }
        JsonPath page = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + published + "/manifests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> manifests = page.getList("items");
        assertThat(page.getLong("total")).isEqualTo(expectedTeu.size());
        assertThat(page.getObject("next", Integer.class)).isNull();
        Map<String, Long> actualTeu = new TreeMap<>();
        for (Map<String, Object> m : manifests) {
            String key = m.get("lane") + "@" + m.get("departure");
            actualTeu.put(key, ((Number) m.get("teuUsed")).longValue());
            Set<Long> ids = new HashSet<>();
            ((List<?>) m.get("shipments")).forEach(i -> ids.add(((Number) i).longValue()));
            assertThat(ids).as(key).isEqualTo(expectedShipments.get(key));
            assertThat(((Number) m.get("teuUsed")).longValue())
                    .as(key)
                    .isLessThanOrEqualTo(((Number) m.get("teuCapacity")).longValue());
        }
        assertThat(actualTeu).isEqualTo(expectedTeu);
    }

    @Test
    void shouldPageAndFilterManifestsByLane() {
        JsonPath first = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("size", 2)
                .when()
                .get("/api/plans/" + published + "/manifests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        assertThat(first.getInt("next")).isEqualTo(1);
        String lane = first.getString("items[0].lane");
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("lane", lane)
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + published + "/manifests")
                .then()
                .statusCode(200)
                .body("items.lane", everyItem(equalTo(lane)));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("lane", "NO-SUCH-LANE")
                .when()
                .get("/api/plans/" + published + "/manifests")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("lane"));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("size", 0)
                .when()
                .get("/api/plans/" + published + "/manifests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldCountNodeDaysAsTheTeuDepartingThatDay() {
        Map<String, Lane> lanes = new HashMap<>();
        scenario.lanes().forEach(l -> lanes.put(l.code(), l));
        Map<String, Integer> teu = new HashMap<>();
        scenario.shipments().forEach(s -> teu.put(s.id(), s.teu()));
        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, Object> a : assignments) {
            for (Map<String, Object> leg : legs(a)) {
                String node = lanes.get((String) leg.get("lane")).from();
                if (node.equals("BXU")) {
                    String day = Instant.parse((String) leg.get("departure"))
                            .atZone(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString();
                    expected.merge(day, (long) teu.get((String) a.get("shipment")), Long::sum);
                }
            }
        }
        List<Map<String, Object>> days = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("node", "BXU")
                .when()
                .get("/api/plans/" + published + "/node-days")
                .then()
                .statusCode(200)
                .body("node", everyItem(equalTo("BXU")))
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, Long> actual = new TreeMap<>();
        days.forEach(d -> actual.put((String) d.get("day"), ((Number) d.get("teuUsed")).longValue()));
        assertThat(actual).isEqualTo(expected);
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("node", "NOPE")
                .when()
                .get("/api/plans/" + published + "/node-days")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("node"));
    }

    @Test
    void shouldReportTheUzbekQuotaWithinItsLimit() {
        // the small scenario's only quota: 35 TEU a week into UZ
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + published + "/quota-periods")
                .then()
                .statusCode(200)
                .body("country", everyItem(equalTo("UZ")))
                .body("limit", everyItem(equalTo(35)))
                .body("unit", everyItem(equalTo("TEU")))
                .body("period", everyItem(equalTo("WEEK")));
    }

    @Test
    void shouldCountKpisAsTheAssignmentsByStatus() {
        int delivered = 0;
        int onTime = 0;
        long cost = 0;
        long lateness = 0;
        for (Map<String, Object> a : assignments) {
            if ((Boolean) a.get("delivered")) {
                delivered++;
                if (((Number) a.get("lateHours")).longValue() == 0) {
                    onTime++;
                }
            }
            cost += ((Number) a.get("costUsd")).longValue();
            lateness += ((Number) a.get("weightedLateness")).longValue();
        }
        JsonPath kpis = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + published + "/kpis")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(kpis.getInt("totals.shipments")).isEqualTo(assignments.size());
        assertThat(kpis.getInt("totals.planned")).isEqualTo(delivered);
        assertThat(kpis.getInt("totals.onTime")).isEqualTo(onTime);
        assertThat(kpis.getInt("totals.late")).isEqualTo(delivered - onTime);
        assertThat(kpis.getInt("totals.unplanned")).isEqualTo(assignments.size() - delivered);
        assertThat(kpis.getLong("totals.cost")).isEqualTo(cost);
        assertThat(kpis.getLong("totals.weightedLateness")).isEqualTo(lateness);
        assertThat(kpis.getInt("totals.late")).isPositive();
        assertThat(kpis.getInt("totals.unplanned")).isPositive();
        // the verifier's score is the solver's
        JsonPath plan = Plans.plan(published);
        assertThat(kpis.getLong("score.hard")).isEqualTo(plan.getLong("score.hard"));
        assertThat(kpis.getLong("score.medium")).isEqualTo(plan.getLong("score.medium"));
        assertThat(kpis.getLong("score.soft")).isEqualTo(plan.getLong("score.soft"));
        // the groups add up to the totals
        List<Integer> byNation = kpis.getList("byNation.shipments", Integer.class);
        List<Integer> byCorridor = kpis.getList("byCorridor.shipments", Integer.class);
        assertThat(byNation.stream().mapToInt(i -> i).sum()).isEqualTo(assignments.size());
        assertThat(byCorridor.stream().mapToInt(i -> i).sum()).isEqualTo(assignments.size());
        assertThat(kpis.getList("byCorridor.key", String.class)).contains("unplanned");
    }

    // ---------------------------------------------------------------- explanations

    @Test
    void shouldExplainALateShipmentByARule() {
        JsonPath e = explanation(Tokens.planner(), lateShipment, 200);
        assertThat(e.getLong("shipmentId")).isEqualTo(lateShipment);
        assertThat(e.getString("status")).isEqualTo("LATE");
        assertThat(e.getString("summary")).isNotBlank();
        // at least one reason names a rule (another may say an earlier timing was open beside the others)
        assertThat(e.getList("reasons.kind", String.class)).anyMatch(kind -> !kind.equals("NONE"));
        assertThat(e.getList("reasons.text", String.class))
                .allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void shouldExplainAnUnplannedShipmentByTheSizeOfEveryDeparture() {
        JsonPath e = explanation(Tokens.planner(), tooLargeShipment, 200);
        assertThat(e.getString("status")).isEqualTo("UNPLANNED");
        assertThat(e.getList("legs")).isEmpty();
        assertThat(e.getInt("routesFound")).isPositive();
        assertThat(e.getList("routes.verdict", String.class)).isNotEmpty().doesNotContain("FEASIBLE");
        assertThat(e.getList("routes.reasons.kind").toString()).contains("LANE_SIZE");
        assertThat(e.getList("routes.reason", String.class))
                .allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void shouldExplainToAnOfficerOnlyHisNationsShipments() {
        long foreign = assignments.stream()
                .filter(a -> !a.get("nation").equals("GB"))
                .mapToLong(PlanReviewResourceTest::id)
                .findFirst()
                .orElseThrow();
        explanation(Tokens.officer("GB"), onTimeGbShipment, 200);
        assertThat(explanation(Tokens.officer("US"), onTimeGbShipment, 404).getString("detail"))
                .isEqualTo("plan " + published + " has no shipment " + onTimeGbShipment);
        explanation(Tokens.officer("GB"), foreign, 404);
        explanation(Tokens.planner(), foreign, 200);
        explanation(Tokens.planner(), 987654321L, 404);
    }

    @Test
    void shouldGiveAnOfficerTheKpisOfHisNationOnlyAndNoManifests() {
        long gbShipments =
                assignments.stream().filter(a -> a.get("nation").equals("GB")).count();
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/plans/" + published + "/kpis")
                .then()
                .statusCode(200)
                .body("totals.key", equalTo("GB"))
                .body("totals.shipments", equalTo((int) gbShipments))
                .body("byNation.key", equalTo(List.of("GB")))
                .body("score", equalTo(null))
                .body("valid", equalTo(null));
        for (String path : List.of("manifests", "node-days", "quota-periods", "diff")) {
            given().auth()
                    .oauth2(Tokens.officer("GB"))
                    .when()
                    .get("/api/plans/" + published + "/" + path)
                    .then()
                    .statusCode(403);
        }
    }

    // ---------------------------------------------------------------- diff and plans not ready

    @Test
    void shouldNameTheShipmentsANewPlanMovesAndCompareAReplanWithItsParent() {
        long added = ShipmentResourceTest.submitted(Tokens.officer("DE"), aShipment(uniqueReference("DE"), "DE"));
        long next = Plans.startSolve("3s");
        Plans.awaitStatus(next, Set.of("READY"));
        JsonPath diff = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + next + "/diff")
                .then()
                .statusCode(200)
                .body("againstId", equalTo((int) published))
                .extract()
                .jsonPath();
        List<Map<String, Object>> moved = diff.getList("moved");
        Map<String, Object> change = moved.stream()
                .filter(m -> ((Number) m.get("shipmentId")).longValue() == added)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the new shipment is not among the moved: " + moved));
        assertThat(change.get("change")).isEqualTo("NEWLY_PLANNED");
        assertThat(((Map<?, ?>) change.get("before")).get("status")).isEqualTo("UNPLANNED");
        assertThat(diff.getInt("unchanged") + moved.size()).isEqualTo(assignments.size() + 1);
        assertThat(diff.getLong("score.soft.delta"))
                .isEqualTo(diff.getLong("score.soft.after") - diff.getLong("score.soft.before"));

        // the same comparison asked the other way round
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("against", next)
                .when()
                .get("/api/plans/" + published + "/diff")
                .then()
                .statusCode(200)
                .body("againstId", equalTo((int) next))
                .body("moved.find { it.shipmentId == " + added + " }.change", equalTo("UNPLANNED"));

        // a replan is compared with the plan it started from
        String location = given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("timeLimit", "3s"))
                .when()
                .post("/api/plans/replan")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        long replan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Plans.awaitStatus(replan, Set.of("READY"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + replan + "/diff")
                .then()
                .statusCode(200)
                .body("againstId", equalTo((int) published))
                .body("moved.shipmentId", hasItem((int) added));

        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("against", "x")
                .when()
                .get("/api/plans/" + next + "/diff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("against"));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("against", 987654321L)
                .when()
                .get("/api/plans/" + next + "/diff")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + published + "/diff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("against"));
    }

    @Test
    void shouldRefuseToReviewAPlanStillSolving() {
        long solving = Plans.startSolve("60s");
        try {
            given().auth()
                    .oauth2(Tokens.planner())
                    .when()
                    .get("/api/plans/" + solving + "/kpis")
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("status"));
        } finally {
            Plans.awaitStatus(solving, Set.of("SOLVING", "READY"));
            given().auth().oauth2(Tokens.planner()).when().post("/api/plans/" + solving + "/stop");
            Plans.awaitStatus(solving, Set.of("READY"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private JsonPath explanation(String token, long shipment, int status) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/plans/" + published + "/shipments/" + shipment + "/explanation")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> legs(Map<String, Object> assignment) {
        return (List<Map<String, Object>>) assignment.get("legs");
    }

    private static long id(Map<String, Object> assignment) {
        return ((Number) assignment.get("shipmentId")).longValue();
    }
}
