package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An officer of GB cannot list, read, change or cancel a US shipment, nor learn that it exists. */
@QuarkusTest
class NationIsolationTest {
    private long usShipment;

    @BeforeEach
    void storeAUsShipment() {
        Scenarios.load(Scenarios.SMALL);
        usShipment = ShipmentResourceTest.submitted(Tokens.officer("US"), aShipment(uniqueReference("US")));
    }

    @Test
    void shouldNotListAnotherNationsShipments() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .queryParam("size", 500)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .body("items.nation", everyItem(equalTo("GB")))
                .body("items.id", not(hasItem((int) usShipment)));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .queryParam("nation", "US")
                .queryParam("count", true)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(Tokens.planner())
                .queryParam("nation", "US")
                .queryParam("size", 500)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) usShipment));
    }

    @Test
    void shouldAnswerReadingAnotherNationsShipmentAsNotFound() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/shipments/" + usShipment)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no shipment " + usShipment));
        given().auth()
                .oauth2(Tokens.officer("US"))
                .when()
                .get("/api/shipments/" + usShipment)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldNotLetAnOfficerAmendOrCancelAnotherNationsShipment() {
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "priority", 1))
                .when()
                .patch("/api/shipments/" + usShipment)
                .then()
                .statusCode(404)
                .body("detail", equalTo("no shipment " + usShipment));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .post("/api/shipments/" + usShipment + "/cancel")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(Tokens.officer("US"))
                .when()
                .get("/api/shipments/" + usShipment)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("priority", equalTo(3))
                .body("version", equalTo(0));
    }

    @Test
    void shouldAnswerAMissingAndAForeignShipmentAlike() {
        String missing = given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/shipments/" + (usShipment + 100_000))
                .then()
                .statusCode(404)
                .extract()
                .path("title");
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/shipments/" + usShipment)
                .then()
                .statusCode(404)
                .body("title", equalTo(missing));
    }

    @Test
    void shouldGiveAnOfficerWithoutNationNoShipmentAtAll() {
        given().auth()
                .oauth2(Tokens.officerWithoutNation())
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        ShipmentResourceTest.submit(Tokens.officerWithoutNation(), aShipment(uniqueReference("X")))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.officerWithoutNation())
                .when()
                .get("/api/shipments/" + usShipment)
                .then()
                .statusCode(403);
    }
}
