package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change leaves who, what and when in the audit table; a refused change leaves nothing. */
@QuarkusTest
class AuditTest {

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    private static io.restassured.response.ValidatableResponse events(String entity, String entityId) {
        return given().auth()
                .oauth2(Tokens.admin())
                .queryParam("entity", entity)
                .queryParam("entityId", entityId)
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRecordEveryChangeOfAShipmentWithItsAuthor() {
        String reference = uniqueReference("GB");
        long id = ShipmentResourceTest.submitted(Tokens.officer("GB"), aShipment(reference));
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "teu", 5))
                .when()
                .patch("/api/shipments/" + id)
                .then()
                .statusCode(200);
        // Refused: stale version. It must leave no trace.
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0, "teu", 6))
                .when()
                .patch("/api/shipments/" + id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .post("/api/shipments/" + id + "/cancel")
                .then()
                .statusCode(200);

        events("shipment", Long.toString(id))
                .body("total", equalTo(3))
                .body("items.action", contains("CANCEL", "AMEND", "CREATE"))
                .body("items.subject", everyItem(equalTo("officer-gb")))
                .body("items.roles", everyItem(equalTo("officer")))
                .body("items[1].detail", equalTo("teu=5"))
                .body("items[2].detail", equalTo("GB/" + reference))
                .body("items[0].at", containsString("T"));
    }

    @Test
    void shouldRecordNetworkChangesAndBulkUploads() {
        NetworkResourceTest.send("POST", Tokens.planner(), "/api/nodes", NetworkResourceTest.aNode("AUD1"))
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.admin())
                .when()
                .delete("/api/nodes/AUD1")
                .then()
                .statusCode(204);
        events("node", "AUD1")
                .body("items.action", contains("DELETE", "CREATE"))
                .body("items.subject", contains("admin-1", "planner-1"));

        given().auth()
                .oauth2(Tokens.officer("US"))
                .contentType(ContentType.JSON)
                .body(java.util.List.of(aShipment(uniqueReference("B")), aShipment(uniqueReference("B"))))
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("entity", "shipment")
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("BULK_CREATE"))
                .body("items.detail", hasItem(containsString("2 shipments of US")));
    }

    @Test
    void shouldRefuseBadPagingOfTheTrail() {
        given().auth()
                .oauth2(Tokens.admin())
                .queryParam("size", "1000")
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
