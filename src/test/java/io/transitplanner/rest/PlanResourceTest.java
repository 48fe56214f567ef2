package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.transitplanner.domain.Assignment;
import io.transitplanner.domain.Leg;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.PlanScore;
import io.transitplanner.domain.Scenario;
import io.transitplanner.service.PlanningService;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import io.transitplanner.verify.PlanVerifier;
import io.transitplanner.verify.Verdict;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Solve, watch, analyze, publish, disrupt and replan over REST, each stored plan checked by the verifier. */
@QuarkusTest
class PlanResourceTest {
    private static final String PROBLEM = "application/problem+json";
    /** The replan's now in the test profile (transit-planner.planning.now) and its default freeze window. */
    private static final Instant NOW = Instant.parse("2012-08-24T00:00:00Z");

    private static final Duration FREEZE = Duration.ofHours(48);

    @Inject
    DataSource dataSource;

    @Inject
    PlanningService planning;

    @BeforeEach
    void loadScenario() {
        Scenarios.load(Scenarios.SMALL);
    }

    @Test
    void shouldSolveWatchPublishDisruptAndReplan() {
        String gb = Tokens.officer("GB");
        String reference = uniqueReference("GB");
        long shipment = ShipmentResourceTest.submitted(gb, aShipment(reference));

        long id = Plans.startSolve("4s");
        JsonPath started = Plans.plan(id);
        assertThat(started.getString("kind")).isEqualTo("SOLVE");
        assertThat(started.getString("createdBy")).isEqualTo("planner-1");
        assertThat(started.getString("settings.timeLimit")).isEqualTo("PT4S");
        assertThat(started.getInt("shipments")).isEqualTo(31);

        JsonPath ready = Plans.awaitStatus(id, Set.of("READY", "FAILED"));
        assertThat(ready.getString("status")).isEqualTo("READY");
        assertThat(ready.getLong("score.hard")).isZero();
        assertThat(ready.getInt("kpis.shipments")).isEqualTo(31);
        List<Map<String, Object>> points = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + id + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("points");
        assertThat(points).isNotEmpty();
        // Each point is a better score than the one before: the best score only improves.
        List<PlanScore> scores = points.stream().map(PlanResourceTest::score).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).isGreaterThan(scores.get(i - 1));
        }
        assertThat(scores.get(scores.size() - 1)).isEqualTo(score(ready.getMap("score")));

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + id + "/analysis")
                .then()
                .statusCode(200)
                .body("score.soft", equalTo(ready.getInt("score.soft")))
                .body("constraints.constraint", hasItem("Transport cost"))
                .body("constraints.find { it.constraint == 'Transport cost' }.matchCount", notNullValue())
                .body(
                        "constraints.find { it.constraint == 'Transport cost' }.topMatches[0].description",
                        containsString("TEU"));
        verifyStored(id);

        Plans.publish(id);
        JsonPath published = Plans.plan(id);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        Map<String, Object> mine = assignmentOf(id, shipment);
        JsonPath details = given().auth()
                .oauth2(gb)
                .when()
                .get("/api/shipments/" + shipment)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(details.getList("legs")).isEqualTo(mine.get("legs"));
        if (!((List<?>) mine.get("legs")).isEmpty()) {
            assertThat(details.getString("status")).isEqualTo("PLANNED");
            assertThat(details.getString("eta")).isEqualTo(mine.get("eta"));
        }
        assertThat(details.getBoolean("needsReplan")).isFalse();

        // A planner closes the border crossing BXU from the day after now: the replan must route around it.
        String location = given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .queryParam("replan", "true")
                .body(Map.of(
                        "node", "BXU",
                        "from", "2012-08-25T00:00:00Z",
                        "to", "2012-09-25T00:00:00Z",
                        "capacityFactor", 0.0,
                        "reason", "crossing closed"))
                .when()
                .post("/api/disruptions")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/disruptions/"))
                .header("Link", containsString("rel=\"plan\""))
                .extract()
                .header("Plan-Location");
        long replan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonPath replanned = Plans.awaitStatus(replan, Set.of("READY", "FAILED"));
        assertThat(replanned.getString("status")).isEqualTo("READY");
        assertThat(replanned.getString("kind")).isEqualTo("REPLAN");
        assertThat(replanned.getLong("parentId")).isEqualTo(id);
        assertThat(replanned.getString("now")).isEqualTo(NOW.toString());
        assertThat(replanned.getString("freezeWindow")).isEqualTo("PT48H");
        assertThat(replanned.getLong("version")).isGreaterThan(published.getLong("version"));
        assertThat(replanned.getLong("score.hard")).isZero();

        // Every published leg departing before now + freeze is still there, unchanged, as a first leg.
        Map<String, List<Leg>> before = legsByShipment(Plans.document(id));
        Map<String, List<Leg>> after = legsByShipment(Plans.document(replan));
        int frozen = 0;
        for (var e : before.entrySet()) {
            List<Leg> kept = e.getValue().stream()
                    .takeWhile(l -> l.departure().isBefore(NOW.plus(FREEZE)))
                    .toList();
            frozen += kept.size();
            List<Leg> now = after.get(e.getKey());
            assertThat(now.size()).as(e.getKey()).isGreaterThanOrEqualTo(kept.size());
            assertThat(now.subList(0, kept.size())).as(e.getKey()).isEqualTo(kept);
        }
        assertThat(frozen).as("legs inside the freeze window").isPositive();
        // No leg that the replan chose (outside the window) touches BXU while it is closed.
        Scenario replanScenario = Plans.scenario(replan);
        Verdict verdict = verifyStored(replan);
        assertThat(verdict.violationsOf("4")).isEmpty();
        assertThat(replanScenario.disruptions()).anyMatch(d -> "BXU".equals(d.node()) && d.isClosure());

        Plans.publish(replan);
        assertThat(Plans.plan(id).getString("status")).isEqualTo("SUPERSEDED");
        assertThat(Plans.plan(replan).getString("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void shouldStopARunningSolveWithItsBestSolutionAndRefuseToPublishWhatIsNotReady() {
        long id = Plans.startSolve("120s");
        Plans.awaitStatus(id, Set.of("SOLVING"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/plans/" + id + "/publish")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("only a READY plan"));

        JsonPath stopped = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/plans/" + id + "/stop")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath ready = Plans.awaitStatus(id, Set.of("READY"));
        assertThat(Duration.between(
                        Instant.parse(ready.getString("solveStartedAt")),
                        Instant.parse(ready.getString("solveEndedAt"))))
                .isLessThan(Duration.ofSeconds(100));
        assertThat(ready.getMap("score")).isNotNull();
        assertThat(stopped.getLong("id")).isEqualTo(id);
        verifyStored(id);

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/plans/" + id + "/stop")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void shouldMarkAPlanLeftSolvingFailedOnRecovery() throws SQLException {
        long id;
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("insert into plan (id, scenario_name, created_at, status, version)"
                    + " values (nextval('plan_seq'), 'small', now(), 'SOLVING', 0) returning id")) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        assertThat(planning.recoverUnfinished()).contains(id);
        JsonPath failed = Plans.plan(id);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).isEqualTo("the service stopped during the solve");
    }

    @Test
    void shouldKeepAtMostOnePublishedPlanInTheDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement st = c.prepareStatement("insert into plan (id, scenario_name, created_at, status,"
                    + " version) values (nextval('plan_seq'), 'small', now(), 'PUBLISHED', 0)")) {
                assertThatThrownBy(() -> {
                            st.executeUpdate();
                            st.executeUpdate();
                        })
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("plan_one_published");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void shouldShowAnOfficerOnlyHisNationsPartOfThePublishedPlan() {
        long draft = Plans.startSolve("2s");
        Plans.awaitStatus(draft, Set.of("READY"));
        long published = Plans.solvedAndPublished("2s");
        String gb = Tokens.officer("GB");

        given().auth()
                .oauth2(gb)
                .when()
                .get("/api/plans")
                .then()
                .statusCode(200)
                .body("items.id", everyItem(equalTo((int) published)))
                .body("items[0].kpis", equalTo(null));
        given().auth().oauth2(gb).when().get("/api/plans/" + draft).then().statusCode(404);
        given().auth()
                .oauth2(gb)
                .when()
                .get("/api/plans/" + draft + "/assignments")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(gb)
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + published + "/assignments")
                .then()
                .statusCode(200)
                .body("items.nation", everyItem(equalTo("GB")))
                .body("items.size()", equalTo(countOf(published, "GB")));
        given().auth()
                .oauth2(gb)
                .queryParam("nation", "US")
                .when()
                .get("/api/plans/" + published + "/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        Plan mine = io.transitplanner.exchange.PlanJson.read(given().auth()
                .oauth2(gb)
                .when()
                .get("/api/plans/" + published + "/document")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(mine.assignments()).hasSize(countOf(published, "GB"));
        for (String path : List.of("/analysis", "/scenario", "/progress")) {
            given().auth()
                    .oauth2(gb)
                    .when()
                    .get("/api/plans/" + published + path)
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(gb)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/plans")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(gb)
                .when()
                .post("/api/plans/" + published + "/publish")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldFlagAPublishedShipmentThatIsAmendedUntilTheNextPublication() {
        String gb = Tokens.officer("GB");
        long shipment = ShipmentResourceTest.submitted(gb, aShipment(uniqueReference("GB")));
        Plans.solvedAndPublished("2s");
        int version = given().auth()
                .oauth2(gb)
                .when()
                .get("/api/shipments/" + shipment)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("version");
        given().auth()
                .oauth2(gb)
                .contentType(ContentType.JSON)
                .body(Map.of("version", version, "priority", 1))
                .when()
                .patch("/api/shipments/" + shipment)
                .then()
                .statusCode(200)
                .body("needsReplan", equalTo(true))
                .body("status", equalTo("SUBMITTED"));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("nation", "GB")
                .queryParam("size", 500)
                .when()
                .get("/api/shipments")
                .then()
                .body("items.find { it.id == " + shipment + " }.needsReplan", equalTo(true));

        Plans.solvedAndPublished("2s");
        given().auth()
                .oauth2(gb)
                .when()
                .get("/api/shipments/" + shipment)
                .then()
                .statusCode(200)
                .body("needsReplan", equalTo(false));
    }

    @Test
    void shouldRefuseBadSettingsNamingTheField() {
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("timeLimit", "soon"))
                .when()
                .post("/api/plans")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("timeLimit"));
        Plans.solvedAndPublished("2s");
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("now", "2013-01-01T00:00:00Z"))
                .when()
                .post("/api/plans/replan")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("now"))
                .body("detail", containsString("horizon"));
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("freezeWindow", "-1h"))
                .when()
                .post("/api/plans/replan")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("freezeWindow"));
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/999999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", endsWith("999999999"));
    }

    @Test
    void shouldRefuseAReplanWithoutAPublishedPlan() throws SQLException {
        Plans.retirePublished(dataSource);
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/plans/replan")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("no published plan"))
                .body("detail", not(containsString("another replan")));
    }

    // ---------------------------------------------------------------- helpers

    /** The verifier accepts the stored plan on the stored scenario, with exactly the stored score. */
    static Verdict verifyStored(long id) {
        Plan plan = Plans.document(id);
        Scenario scenario = Plans.scenario(id);
        Verdict verdict = PlanVerifier.verify(scenario, plan);
        assertThat(verdict.valid()).as(verdict.report()).isTrue();
        assertThat(verdict.score()).isEqualTo(plan.score());
        assertThat(plan.assignments()).hasSize(scenario.shipments().size());
        return verdict;
    }

    private static Map<String, Object> assignmentOf(long plan, long shipment) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("nation", "GB")
                .queryParam("size", 500)
                .when()
                .get("/api/plans/" + plan + "/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.shipmentId == " + shipment + " }");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static int countOf(long plan, String nation) {
        return (int) Plans.document(plan).assignments().stream()
                .filter(a -> Plans.scenario(plan).shipments().stream()
                        .anyMatch(s -> s.id().equals(a.shipment()) && s.nation().equals(nation)))
                .count();
    }

    private static Map<String, List<Leg>> legsByShipment(Plan plan) {
        Map<String, List<Leg>> legs = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            legs.put(a.shipment(), a.legs());
        }
        return legs;
    }

    @SuppressWarnings("unchecked")
    private static PlanScore score(Object point) {
        Map<String, Object> m = (Map<String, Object>) point;
        Map<String, Object> s = m.containsKey("score") ? (Map<String, Object>) m.get("score") : m;
        return new PlanScore(
                ((Number) s.get("hard")).longValue(),
                ((Number) s.get("medium")).longValue(),
                ((Number) s.get("soft")).longValue());
    }
}
