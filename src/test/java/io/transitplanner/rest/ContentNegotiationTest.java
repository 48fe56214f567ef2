package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any Accept header that admits JSON gets the normal answer; one that admits none gets a 406 problem. */
@QuarkusTest
class ContentNegotiationTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String GB = Tokens.officer("GB");

    @TestHTTPResource("/api/shipments")
    URI shipments;

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/problem+json",
                "application/json",
                "application/problem+json, application/json",
                "application/json;q=0.5, application/problem+json",
                "application/problem+json;q=0.8, text/plain;q=0.1",
                "*/*",
                "application/*",
                "text/plain, application/problem+json"
            })
    void shouldSubmitWhateverJsonTheClientAccepts(String accept) {
        String reference = uniqueReference("GB");
        given().auth()
                .oauth2(GB)
                .accept(accept)
                .contentType(ContentType.JSON)
                .body(aShipment(reference))
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("reference", equalTo(reference));
    }

    @Test
    void shouldSubmitWithoutAnAcceptHeader() throws Exception {
        // REST Assured always sends an Accept header; the JDK's client sends none unless told.
        HttpRequest request = HttpRequest.newBuilder(shipments)
                .header("Authorization", "Bearer " + GB)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new ObjectMapper().writeValueAsString(aShipment(uniqueReference("GB")))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(request.headers().firstValue("Accept")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void shouldListAndReadWithTheProblemTypeAccepted() {
        given().auth()
                .oauth2(GB)
                .accept(PROBLEM)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
        given().auth()
                .oauth2(GB)
                .accept(PROBLEM)
                .when()
                .get("/api/nodes")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void shouldStillAnswerARefusalAsAProblemWhenOnlyTheProblemTypeIsAccepted() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("teu", 0);
        given().auth()
                .oauth2(GB)
                .accept(PROBLEM)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("teu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "text/html, text/csv;q=0.5"})
    void shouldAnswerAnAcceptWithoutJsonWith406Problem(String accept) {
        given().auth()
                .oauth2(GB)
                .accept(accept)
                .contentType(ContentType.JSON)
                .body(aShipment(uniqueReference("GB")))
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("status", equalTo(406))
                .body("type", endsWith("/http-406"))
                .body("detail", containsString("admits no JSON"));
    }
}
