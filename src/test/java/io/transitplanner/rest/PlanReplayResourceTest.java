package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.replay.ReplayReport;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The replay of a stored plan over REST: the same figures the replay command prints for that plan. */
@QuarkusTest
class PlanReplayResourceTest {

    @Test
    void shouldReplayAStoredCanadaPlanAsTheReportOfItsDocument() {
        Scenarios.load("/scenarios/canada-2011.json");
        long id = Plans.startSolve("5s");
        Plans.awaitStatus(id, Set.of("READY"));
        Scenario scenario = Plans.scenario(id);
        Plan plan = Plans.document(id);
        ReplayReport expected = ReplayReport.of(scenario, plan);

        JsonPath replay = given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + id + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(replay.getLong("planId")).isEqualTo(id);
        assertThat(replay.getInt("airLoadsTotal")).isEqualTo(expected.airLoadsTotal());
        assertThat(replay.getInt("containers.total"))
                .isEqualTo(expected.containers().total());
        assertThat(replay.getInt("containers.groundRoute"))
                .isEqualTo(expected.containers().groundRoute());
        assertThat(replay.getInt("containers.outBeforeClosure"))
                .isEqualTo(expected.containers().outBeforeClosure());
        assertThat(replay.getInt("containers.stranded"))
                .isEqualTo(expected.containers().stranded());
        assertThat(replay.getLong("costUsd")).isEqualTo(expected.costUsd());
        List<Map<String, Object>> history = replay.getList("history");
        assertThat(history).hasSize(expected.history().size());
        assertThat(history.get(0).get("historical"))
                .isEqualTo(expected.history().get(0).historical());
        assertThat(history.get(0).get("model"))
                .isEqualTo(expected.history().get(0).model());
        // the table's first figure is the air loads, 491 in 2011
        assertThat(expected.history().get(0).historical()).isEqualTo(491);
    }

    @Test
    void shouldRefuseToReplayAPlanOfAScenarioWithoutContainers() {
        Scenarios.load(Scenarios.SMALL);
        long id = Plans.startSolve("2s");
        Plans.awaitStatus(id, Set.of("READY"));

        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + id + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotReplayForAnOfficer() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/plans/1/replay")
                .then()
                .statusCode(403);
    }
}
