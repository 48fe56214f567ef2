package io.transitplanner.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.transitplanner.service.StatusCountService;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A solve started over REST shows at /q/metrics: its duration, its score calculations, its best score, its plan. */
@QuarkusTest
class SolveMetricsTest {
    @Inject
    StatusGauges gauges;

    @Inject
    StatusCountService counts;

    @Test
    void shouldShowAFinishedSolveAtQMetrics() {
        Scenarios.load(Scenarios.SMALL);
        String before = scrape();
        double finishedBefore = value(before, "transit_planner_solve_duration_seconds_count", "outcome=\"finished\"");
        double calculationsBefore = value(before, "transit_planner_solve_score_calculations_total", null);

        long id = Plans.startSolve("3s");
        JsonPath ready = Plans.awaitStatus(id, Set.of("READY"));
        gauges.refresh();
        String after = scrape();

        assertThat(value(after, "transit_planner_solve_duration_seconds_count", "outcome=\"finished\""))
                .isGreaterThanOrEqualTo(1)
                .isEqualTo(finishedBefore + 1);
        assertThat(value(after, "transit_planner_solve_duration_seconds_sum", "outcome=\"finished\""))
                .as("seconds solved, over all finished solves")
                .isPositive();
        assertThat(value(after, "transit_planner_solves_active", null)).isZero();
        // The final best score is the plan's stored score, level by level.
        assertThat(value(after, "transit_planner_solve_best_score", "level=\"hard\""))
                .isEqualTo(ready.getLong("score.hard"));
        assertThat(value(after, "transit_planner_solve_best_score", "level=\"medium\""))
                .isEqualTo(ready.getLong("score.medium"));
        assertThat(value(after, "transit_planner_solve_best_score", "level=\"soft\""))
                .isEqualTo(ready.getLong("score.soft"));
        // The solver's own statistics reached the metrics (read from its job, see SolveStatistics).
        assertThat(value(after, "transit_planner_solve_score_calculations_total", null))
                .isGreaterThan(calculationsBefore);
        assertThat(value(after, "transit_planner_solve_score_calculation_speed", null))
                .isPositive();
        long readyPlans = counts.counts().plans().getOrDefault("READY", 0L);
        assertThat(readyPlans).as("stored READY plans").isPositive();
        assertThat(value(after, "transit_planner_plans", "status=\"READY\"")).isEqualTo(readyPlans);
    }

    private static String scrape() {
        return given().accept("text/plain; version=0.0.4")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The value of a series, given its name and its one label (null: none); the 0.0.4 format may end labels with a comma. */
    private static double value(String metrics, String name, String label) {
        String series = Pattern.quote(name) + (label == null ? "" : "\\{" + Pattern.quote(label) + ",?}");
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        assertThat(m.find())
                .as(name + (label == null ? "" : "{" + label + "}") + " in the scrape")
                .isTrue();
        return Double.parseDouble(m.group(1));
    }
}
