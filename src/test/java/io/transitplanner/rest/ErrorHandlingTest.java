package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whatever arrives, the answer is a problem document naming the field, never a 500 or a Java class name. */
@QuarkusTest
class ErrorHandlingTest {
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    private static Response post(String rawBody) {
        return given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(rawBody)
                .when()
                .post("/api/shipments");
    }

    /** A valid shipment in JSON text with one field replaced by raw JSON. */
    private static String withField(String field, String rawValue) {
        Map<String, Object> body = aShipment(uniqueReference("W"));
        body.put(field, "__RAW__");
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(body)
                .toString();
        return json.replace("\"__RAW__\"", rawValue);
    }

    private static void assertNoInternals(Response response) {
        String body = response.asString();
        assertThat(body).doesNotContain("Exception", "java.", "io.transitplanner", "com.fasterxml", "\tat ");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "teu         | \"two\"",
                "teu         | 2.5",
                "teu         | \"2\"",
                "teu         | 99999999999999999999",
                "teu         | true",
                "teu         | [1]",
                "weightTons  | \"heavy\"",
                "weightTons  | {}",
                "reference   | 123",
                "reference   | {\"a\": 1}",
                "cargoClass  | \"GOLD\"",
                "cargoClass  | 0",
                "dueAt       | 1345000000",
                "dueAt       | \"2012-13-45T00:00:00Z\"",
                "dueAt       | \"2012-09-15T00:00:00\"",
                "dueAt       | \"next tuesday\"",
                "priority    | 1.0E10",
            })
    void shouldAnswerAWrongTypeWith400NamingTheField(String field, String rawValue) {
        Response response = post(withField(field, rawValue));
        response.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].reason", notNullValue());
        assertNoInternals(response);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "teu         | null",
                "teu         | 0",
                "teu         | 2147483647",
                "weightTons  | 1e400",
                "weightTons  | -0.0",
                "weightTons  | 1e300",
                "priority    | -1",
                "origin      | null",
                "origin      | \"\"",
                "reference   | \"\"",
            })
    void shouldAnswerAnOutOfRangeValueWith400NamingTheField(String field, String rawValue) {
        Response response = post(withField(field, rawValue));
        response.then().statusCode(400).contentType(PROBLEM).body("errors.field", contains(field));
        assertNoInternals(response);
    }

    @Test
    void shouldAnswerAHugeReferenceWith400() {
        post(withField("reference", "\"" + "R".repeat(100_000) + "\""))
                .then()
                .statusCode(400)
                .body("errors.field", contains("reference"));
    }

    @Test
    void shouldAnswerMalformedJsonWith400() {
        Response response = post("{\"reference\": \"A\", ");
        response.then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/malformed-body"))
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].reason", containsString("malformed JSON"));
        assertNoInternals(response);
        post("not json at all").then().statusCode(400).contentType(PROBLEM);
        post("{} {}").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAnEmptyOrWronglyShapedBodyWith400() {
        post("").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].reason", containsString("body is required"));
        post("null").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("$"));
        post("[]").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("$"));
        post("42").then().statusCode(400).contentType(PROBLEM);
        post("{}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        contains(
                                "availableAt",
                                "cargoClass",
                                "destination",
                                "dueAt",
                                "origin",
                                "priority",
                                "reference",
                                "teu",
                                "weightTons"));
    }

    @Test
    void shouldAnswerDeeplyNestedJsonWith400() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Response response = post(deep);
        response.then().statusCode(400).contentType(PROBLEM);
        assertNoInternals(response);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(deep)
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(deep)
                .when()
                .put("/api/scenario")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void shouldAnswerWeirdAmendmentsWith400() {
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(uniqueReference("GB")));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body("{\"version\": \"x\", \"teu\": 1}")
                .when()
                .patch("/api/shipments/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body("")
                .when()
                .patch("/api/shipments/" + id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .queryParam("version", "abc")
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/shipments/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldAnswerHttpMistakesAsProblems() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType("application/xml")
                .body("<shipment/>")
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/shipments")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void shouldNotStoreAnythingWhenARequestFails() {
        long before = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("count", true)
                .when()
                .get("/api/shipments")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        post(withField("teu", "0"));
        post(withField("origin", "\"NOWHERE\""));
        post("{");
        long after = given().auth()
                .oauth2(Tokens.planner())
                .queryParam("count", true)
                .when()
                .get("/api/shipments")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        assertThat(after).isEqualTo(before);
    }
}
