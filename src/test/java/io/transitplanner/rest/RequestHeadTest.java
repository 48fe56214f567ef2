package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request heads no resource can use are refused with problems, never with a 500. */
@QuarkusTest
class RequestHeadTest {
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @BeforeEach
    void load() {
        Scenarios.load(Scenarios.SMALL);
    }

    @Test
    void shouldAnswerAContentTypeThatIsNoMediaTypeWith415() {
        for (String garbage : new String[] {"garbage", ";;;", "application/"}) {
            given().config(RAW)
                    .auth()
                    .oauth2(Tokens.planner())
                    .header("Content-Type", garbage)
                    .body("[]".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .when()
                    .post("/api/shipments/bulk")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Content-Type"));
        }
    }

    @Test
    void shouldAnswerControlCharactersInThePathOrQueryWith400() {
        given().auth()
                .oauth2(Tokens.admin())
                .urlEncodingEnabled(false)
                .when()
                .delete("/api/lanes/%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
        given().auth()
                .oauth2(Tokens.planner())
                .urlEncodingEnabled(false)
                .when()
                .get("/api/shipments?origin=%00")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("origin"));
    }

    @Test
    void shouldAnswerANulInAJsonStringWith400() {
        given().auth()
                .oauth2(Tokens.planner())
                .contentType("application/json")
                .body("{\"code\": \"ZZ1\", \"name\": \"a\\u0000b\", \"country\": \"AF\", \"kind\": \"HUB\", \"lat\": 1,"
                        + " \"lon\": 1, \"handlingHours\": 1}")
                .when()
                .post("/api/nodes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("type", endsWith("/malformed-body"));
    }
}
