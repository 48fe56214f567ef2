package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.CSV_HEADER;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.testdata.JsonTrees;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every instant a caller sends (JSON bodies, query parameters, CSV uploads, scenario imports) may carry Z or any
 * numeric offset; it is stored as one instant and answered in UTC with Z. A time without an offset is refused.
 */
@QuarkusTest
class InstantOffsetsTest {
    private static final String GB = Tokens.officer("GB");
    /** Three spellings of one instant. */
    private static final List<String> MIDNIGHT =
            List.of("2012-09-03T04:30:00+04:30", "2012-09-03T00:00:00+00:00", "2012-09-03T00:00:00Z");

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    @Test
    void shouldStoreEveryOffsetOfAJsonBodyAsTheSameInstant() {
        for (String availableAt : MIDNIGHT) {
            Map<String, Object> body = aShipment(uniqueReference("GB"));
            body.put("availableAt", availableAt);
            body.put("dueAt", "2012-10-15T06:00:00-05:00");
            String location = given().auth()
                    .oauth2(GB)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/shipments")
                    .then()
                    .statusCode(201)
                    .body("availableAt", equalTo("2012-09-03T00:00:00Z"))
                    .body("dueAt", equalTo("2012-10-15T11:00:00Z"))
                    .extract()
                    .header("Location");

            given().auth()
                    .oauth2(GB)
                    .when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .body("availableAt", equalTo("2012-09-03T00:00:00Z"));
        }
    }

    @Test
    void shouldStoreEveryOffsetOfACsvUploadAsTheSameInstant() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (String availableAt : MIDNIGHT) {
            csv.append(uniqueReference("GB"))
                    .append(",OB1,HGB,GENERAL,2,18.5,")
                    .append(availableAt)
                    .append(",2012-10-15T00:00:00Z,3\n");
        }
        List<Integer> ids = given().auth()
                .oauth2(GB)
                .contentType("text/csv")
                .body(csv.toString())
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(201)
                .body("created", equalTo(3))
                .extract()
                .jsonPath()
                .getList("shipments.id", Integer.class);

        for (int id : ids) {
            given().auth()
                    .oauth2(GB)
                    .when()
                    .get("/api/shipments/" + id)
                    .then()
                    .statusCode(200)
                    .body("availableAt", equalTo("2012-09-03T00:00:00Z"));
        }
    }

    @Test
    void shouldImportEveryOffsetAsTheSameInstant() {
        String exported = exportAfterImport(Scenarios.text(Scenarios.SMALL));
        ObjectNode shifted = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.SMALL));
        // The same instants as in the file, written with other offsets.
        ((ObjectNode) shifted.get("horizon")).put("start", "2012-08-21T04:30:00+04:30");
        ((ObjectNode) shifted.get("horizon")).put("end", "2012-09-25T00:00:00+00:00");
        ObjectNode first = (ObjectNode) shifted.get("shipments").get(0);
        assertThat(first.get("availableAt").asText()).isEqualTo("2012-08-21T11:00:00Z");
        first.put("availableAt", "2012-08-21T15:30:00+04:30");
        first.put("dueAt", "2012-09-05T03:00:00-05:00");

        JsonTrees.assertEquivalent(JsonTrees.parse(exportAfterImport(shifted.toString())), JsonTrees.parse(exported));
    }

    @Test
    void shouldFilterByAnInstantWithAnOffset() {
        String reference = uniqueReference("GB");
        Map<String, Object> body = aShipment(reference);
        body.put("dueAt", "2012-09-03T00:00:00Z");
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/shipments")
                .then()
                .statusCode(201);

        for (String dueFrom : MIDNIGHT) {
            given().auth()
                    .oauth2(GB)
                    .queryParam("dueFrom", dueFrom)
                    .queryParam("dueTo", "2012-09-03T04:30:01+04:30")
                    .queryParam("size", 500)
                    .when()
                    .get("/api/shipments")
                    .then()
                    .statusCode(200)
                    .body("items.reference", hasItem(reference))
                    .body("items.dueAt", hasItem("2012-09-03T00:00:00Z"));
        }
    }

    // ---------------------------------------------------------------- no offset: 400 naming the field

    @Test
    void shouldRefuseAJsonTimeWithoutOffsetNamingTheField() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("availableAt", "2012-09-03T00:00:00");
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("availableAt"))
                .body("errors[0].reason", containsString("has no offset"))
                .body("errors[0].reason", containsString("2012-09-03T00:00:00Z"));
    }

    @Test
    void shouldRefuseACsvTimeWithoutOffsetNamingTheFieldAndLine() {
        String csv = CSV_HEADER + "\n" + uniqueReference("GB") + ",OB1,HGB,GENERAL,2,18.5,2012-09-03T00:00:00,"
                + "2012-10-15T00:00:00Z,3\n";
        given().auth()
                .oauth2(GB)
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", contains("availableAt"))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].reason", containsString("has no offset: add Z for UTC or a numeric offset"));
    }

    @Test
    void shouldRefuseAQueryTimeWithoutOffsetNamingTheParameter() {
        given().auth()
                .oauth2(GB)
                .queryParam("dueFrom", "2012-09-03T00:00:00")
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueFrom"))
                .body("errors[0].reason", containsString("has no offset"));
    }

    @Test
    void shouldRefuseAnImportedTimeWithoutOffsetNamingItsPath() {
        ObjectNode doc = (ObjectNode) JsonTrees.parse(Scenarios.text(Scenarios.SMALL));
        ((ObjectNode) doc.get("shipments").get(0)).put("dueAt", "2012-09-05T08:00:00");
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(doc.toString())
                .when()
                .put("/api/scenario")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$.shipments[0].dueAt"))
                .body("errors[0].reason", containsString("has no offset"));
    }

    @Test
    void shouldSayWhichFormsItAcceptsForAnInstantThatIsNotAString() {
        Map<String, Object> body = aShipment(uniqueReference("GB"));
        body.put("dueAt", 1346630400);
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(400)
                .body("errors.field", contains("dueAt"))
                .body("errors[0].reason", containsString("RFC 3339 date-time with Z or a numeric offset"));
    }

    private static String exportAfterImport(String scenario) {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body(scenario)
                .when()
                .put("/api/scenario")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/scenario")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
