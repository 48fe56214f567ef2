package io.transitplanner.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.transitplanner.service.StatusCountService;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The gauges of shipments and plans by status, and the HTTP metrics, as Prometheus scrapes them. */
@QuarkusTest
class StatusGaugesTest {
    @Inject
    StatusGauges gauges;

    @Inject
    StatusCountService counts;

    @Test
    void shouldShowTheStoredShipmentsByStatusAtQMetrics() {
        Scenarios.load(Scenarios.SMALL);
        gauges.refresh();

        long submitted = counts.counts().shipments().getOrDefault("SUBMITTED", 0L);
        assertThat(submitted).as("the scenario has submitted shipments").isPositive();
        String metrics = scrape();
        assertThat(value(metrics, "transit_planner_shipments{status=\"SUBMITTED\"}"))
                .isEqualTo(submitted);
        assertThat(value(metrics, "transit_planner_shipments{status=\"DELIVERED\"}"))
                .isEqualTo(counts.counts().shipments().getOrDefault("DELIVERED", 0L));
        assertThat(metrics).contains("transit_planner_plans{status=\"DRAFT\"}");
    }

    @Test
    void shouldTimeHttpRequestsByRouteTemplate() {
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/shipments/999999")
                .then()
                .statusCode(404);
        assertThat(scrape()).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/shipments/\\{id}\"");
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static long value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E]+)$")
                .matcher(metrics);
        assertThat(m.find()).as(series + " in the scrape").isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
