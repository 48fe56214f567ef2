package io.transitplanner.testdata;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.transitplanner.domain.Plan;
import io.transitplanner.domain.Scenario;
import io.transitplanner.exchange.PlanJson;
import io.transitplanner.exchange.ScenarioJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Solve jobs over REST, as a planner runs them, and a stored plan read back with the scenario it was solved on. */
public final class Plans {
    /** Generous: the machine running the tests may be shared and slow. */
    public static final Duration PATIENCE = Duration.ofSeconds(120);

    private Plans() {}

    /** Starts a solve with the given time limit; returns the plan's id. */
    public static long startSolve(String timeLimit) {
        String location = given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(Map.of("timeLimit", timeLimit))
                .when()
                .post("/api/plans")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    public static JsonPath plan(long id) {
        return given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/plans/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Polls the plan until its status is one of those given. */
    public static JsonPath awaitStatus(long id, Set<String> statuses) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonPath plan = plan(id);
            if (statuses.contains(plan.getString("status"))) {
                return plan;
            }
            if (plan.getString("status").equals("FAILED")) {
                throw new AssertionError("plan " + id + " FAILED: " + plan.getString("failureReason"));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("plan " + id + " is still " + plan.getString("status") + " after " + PATIENCE);
            }
            sleep(200);
        }
    }

    public static JsonPath publish(long id) {
        return given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/plans/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Solves for the time limit and publishes the plan; returns its id. */
    public static long solvedAndPublished(String timeLimit) {
        long id = startSolve(timeLimit);
        awaitStatus(id, Set.of("READY"));
        publish(id);
        return id;
    }

    public static Scenario scenario(long id) {
        return ScenarioJson.read(text("/api/plans/" + id + "/scenario"));
    }

    public static Plan document(long id) {
        return PlanJson.read(text("/api/plans/" + id + "/document"));
    }

    private static String text(String path) {
        return given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /**
     * Retires the published plan of earlier tests (SUPERSEDED, as a publish of another would): imports keep plans, so a
     * test that needs no published plan says so here.
     */
    public static void retirePublished(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.executeUpdate("update plan set status = 'SUPERSEDED' where status = 'PUBLISHED'");
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
