package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.transitplanner.testdata.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DefaultScenarioMissingTest.WithoutDefaultScenario.class)
class DefaultScenarioMissingTest {

    /** A build whose default scenario resource is absent. */
    public static class WithoutDefaultScenario implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("transit-planner.scenario.default-resource", "/scenarios/not-shipped.json");
        }
    }

    @Test
    void shouldAnswer404WhenTheBuildHasNoDefaultScenario() {
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .post("/api/scenario/default")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/scenarios/not-shipped.json"));
    }
}
