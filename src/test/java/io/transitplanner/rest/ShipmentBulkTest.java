package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.CSV_HEADER;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.csvLine;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShipmentBulkTest {
    private static final Logger LOG = Logger.getLogger(ShipmentBulkTest.class);
    private static final String GB = Tokens.officer("GB");

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void shouldStoreEveryRowOfAJsonArray() {
        String a = uniqueReference("A");
        String b = uniqueReference("B");
        long before = gbTotal();
        json(GB, List.of(aShipment(a), aShipment(b)))
                .then()
                .statusCode(201)
                .body("created", equalTo(2))
                .body("shipments.reference", contains(a, b))
                .body("shipments.nation", contains("GB", "GB"));
        assertThat(gbTotal()).isEqualTo(before + 2);
    }

    @Test
    void shouldNameEveryBadRowOfAJsonArrayAndStoreNothing() {
        String good = uniqueReference("OK");
        Map<String, Object> wrongType = aShipment(uniqueReference("T"));
        wrongType.put("teu", "two");
        Map<String, Object> outOfRange = aShipment(uniqueReference("R"));
        outOfRange.put("priority", 9);
        outOfRange.remove("dueAt");
        Map<String, Object> unknownNode = aShipment(uniqueReference("U"));
        unknownNode.put("origin", "ATLANTIS");
        long before = gbTotal();

        List<Object> rows = new ArrayList<>();
        rows.add(aShipment(good));
        rows.add(wrongType);
        rows.add(outOfRange);
        rows.add(unknownNode);
        rows.add(aShipment(good));
        rows.add("not a shipment");
        json(GB, rows)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body(
                        "errors.field",
                        contains("$[1].teu", "$[2].dueAt", "$[2].priority", "$[3].origin", "$[4].reference", "$[5]"))
                .body("errors[4].reason", containsString("$[0]"));
        assertThat(gbTotal()).isEqualTo(before);
    }

    @Test
    void shouldAnswer422WhenTheOnlyFaultsAreUnknownNodes() {
        Map<String, Object> unknown = aShipment(uniqueReference("U"));
        unknown.put("destination", "NOPE");
        json(GB, List.of(aShipment(uniqueReference("OK")), unknown))
                .then()
                .statusCode(422)
                .body("errors.field", contains("$[1].destination"));
    }

    @Test
    void shouldAnswer409WhenAReferenceIsAlreadyStored() {
        String stored = uniqueReference("S");
        long id = ShipmentResourceTest.submitted(GB, aShipment(stored));
        json(GB, List.of(aShipment(uniqueReference("OK")), aShipment(stored)))
                .then()
                .statusCode(409)
                .body("errors.field", contains("$[1].reference"))
                .body("errors[0].reason", containsString("/api/shipments/" + id));
    }

    @Test
    void shouldRefuseAnEmptyOrNonArrayUpload() {
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", contains("$"));
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body(aShipment("X"))
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].reason", containsString("array"));
        given().auth()
                .oauth2(GB)
                .contentType(ContentType.JSON)
                .body("[{\"reference\": ")
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(400)
                .body("errors[0].reason", containsString("malformed JSON"));
    }

    @Test
    void shouldRefuseMoreThan10000JsonRowsWith413() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            rows.add(aShipment("J" + i));
        }
        json(GB, rows)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("10001"));
    }

    @Test
    void shouldStoreNothingOf10000JsonRowsWithOneBadRowAndAll10000Without() {
        String batch = uniqueReference("J");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(aShipment(batch + "-" + i));
        }
        rows.get(7321).put("weightTons", -1);
        long before = gbTotal();
        json(GB, rows)
                .then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("$[7321].weightTons"));
        assertThat(gbTotal()).isEqualTo(before);

        rows.get(7321).put("weightTons", 1.5);
        long start = System.nanoTime();
        json(GB, rows).then().statusCode(201).body("created", equalTo(10_000));
        LOG.infof("10,000 shipments stored from JSON in %d ms", (System.nanoTime() - start) / 1_000_000);
        assertThat(gbTotal()).isEqualTo(before + 10_000);
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void shouldStoreEveryRowOfACsvUpload() {
        String a = uniqueReference("CA");
        String b = uniqueReference("CB");
        csv(GB, CSV_HEADER + "\r\n" + csvLine(a, "1") + "\r\n\r\n" + csvLine(b, "4") + "\r\n")
                .then()
                .statusCode(201)
                .body("created", equalTo(2))
                .body("shipments.reference", contains(a, b));
    }

    @Test
    void shouldNameEveryBadCsvLineCountingTheHeaderAsLineOne() {
        String a = uniqueReference("CA");
        long before = gbTotal();
        String body = String.join(
                "\n",
                CSV_HEADER,
                csvLine(a, "1"),
                csvLine(uniqueReference("CB"), "many"),
                "",
                csvLine(uniqueReference("CC"), "2").replace("GENERAL", "GOLD").replace(",3", ",0"),
                "too,few,fields",
                csvLine(a, "1"),
                "\"" + uniqueReference("CD") + "\",OB1,HGB,GENERAL,1,18.5,\"2012-08-22T00:00:00Z\",2012-09-15,3");
        csv(GB, body)
                .then()
                .statusCode(400)
                .body("errors.line", contains(3, 5, 5, 6, 7, 8))
                .body("errors.field", contains("teu", "cargoClass", "priority", "$", "reference", "dueAt"))
                .body("errors[1].reason", containsString("GOLD"));
        assertThat(gbTotal()).isEqualTo(before);
    }

    @Test
    void shouldLetAPlannerNameTheNationInACsvColumn() {
        String reference = uniqueReference("N");
        csv(Tokens.planner(), CSV_HEADER + ",nation\n" + csvLine(reference, "1") + ",NO\n")
                .then()
                .statusCode(201)
                .body("shipments[0].nation", equalTo("NO"));
        csv(Tokens.planner(), CSV_HEADER + "\n" + csvLine(uniqueReference("N"), "1") + "\n")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nation"))
                .body("errors[0].line", equalTo(2));
    }

    @Test
    void shouldRefuseABadCsvHeader() {
        csv(GB, "reference,origin,destination,cargo,teu\n" + csvLine("X", "1"))
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.everyItem(equalTo("header")))
                .body("errors.reason", org.hamcrest.Matchers.hasItem(containsString("cargo")));
        csv(GB, "").then().statusCode(400);
        csv(GB, CSV_HEADER + "\n\"unterminated,OB1").then().statusCode(400);
    }

    @Test
    void shouldRefuseMoreThan10000CsvRowsWith413() {
        StringBuilder body = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < 10_001; i++) {
            body.append(csvLine("C" + i, "1")).append('\n');
        }
        csv(GB, body.toString()).then().statusCode(413).body("type", endsWith("/too-large"));
    }

    @Test
    void shouldStoreNothingOf10000CsvRowsWithOneBadRowAndAll10000Without() {
        String batch = uniqueReference("C");
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (int i = 0; i < 10_000; i++) {
            lines.add(csvLine(batch + "-" + i, "2"));
        }
        // Line 5002 of the file is row 5001, the header being line 1.
        lines.set(5001, csvLine(batch + "-5000", "0"));
        long before = gbTotal();
        csv(GB, String.join("\n", lines))
                .then()
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(5002))
                .body("errors[0].field", equalTo("teu"));
        assertThat(gbTotal()).isEqualTo(before);

        lines.set(5001, csvLine(batch + "-5000", "2"));
        long start = System.nanoTime();
        csv(GB, String.join("\n", lines)).then().statusCode(201).body("created", equalTo(10_000));
        LOG.infof("10,000 shipments stored from CSV in %d ms", (System.nanoTime() - start) / 1_000_000);
        assertThat(gbTotal()).isEqualTo(before + 10_000);
    }

    // ---------------------------------------------------------------- helpers

    private static Response json(String token, Object rows) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/shipments/bulk");
    }

    private static Response csv(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("text/csv")
                .body(body)
                .when()
                .post("/api/shipments/bulk");
    }

    private static long gbTotal() {
        return given().auth()
                .oauth2(Tokens.planner())
                .queryParam("nation", "GB")
                .queryParam("size", 1)
                .queryParam("count", true)
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
