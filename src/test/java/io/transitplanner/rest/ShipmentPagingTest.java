package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seek paging: every matching shipment exactly once, in id order, with any filter; counting only on request. */
@QuarkusTest
class ShipmentPagingTest {

    @BeforeEach
    void loadAndUpload() {
        Scenarios.load(Scenarios.SMALL);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> row = aShipment(uniqueReference("P"), i % 3 == 0 ? "DE" : "GB");
            row.put("cargoClass", i % 2 == 0 ? "GENERAL" : "VEHICLES");
            rows.add(row);
        }
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldWalkEveryMatchingShipmentExactlyOnceInIdOrder() {
        for (Map<String, String> filter : List.of(
                Map.<String, String>of(),
                Map.of("nation", "GB"),
                Map.of("nation", "GB", "status", "SUBMITTED"),
                Map.of("status", "SUBMITTED", "cargoClass", "VEHICLES"),
                Map.of("origin", "OB1", "destination", "HGB"))) {
            List<Long> walked = walk(Tokens.planner(), filter, 7);
            List<Long> all = everyId(Tokens.planner(), filter);
            assertThat(walked)
                    .as("walk of %s", filter)
                    .isEqualTo(all)
                    .doesNotHaveDuplicates()
                    .isSorted();
            long total = list(Tokens.planner(), with(filter, "count", "true"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("total");
            assertThat(walked).hasSize((int) total);
        }
    }

    @Test
    void shouldWalkAnOfficersOwnShipmentsOnlyByTheLinkHeader() {
        List<Long> walked = new ArrayList<>();
        String next = "/api/shipments?size=9";
        int pages = 0;
        while (next != null) {
            Response page = given().auth().oauth2(Tokens.officer("DE")).when().get(next);
            page.then().statusCode(200);
            JsonPath json = page.jsonPath();
            assertThat(json.getList("items.nation", String.class)).allMatch("DE"::equals);
            walked.addAll(json.getList("items.id", Long.class));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            if (next != null) {
                assertThat(link).endsWith("; rel=\"next\"");
                assertThat(next).contains("after=" + json.getString("next"));
            }
            pages++;
        }
        assertThat(walked).isEqualTo(everyId(Tokens.planner(), Map.of("nation", "DE")));
        assertThat(pages).isGreaterThan(2);
    }

    @Test
    void shouldCountOnlyWhenAsked() {
        list(Tokens.planner(), Map.of("size", "5"))
                .then()
                .statusCode(200)
                .body("$", not(hasKey("total")))
                .body("$", not(hasKey("page")))
                .body("size", equalTo(5));
        list(Tokens.planner(), Map.of("size", "5", "count", "true"))
                .then()
                .statusCode(200)
                .body("total", equalTo(90));
        // the last page has no next cursor and no Link
        Response last = list(Tokens.planner(), Map.of("size", "500"));
        last.then().statusCode(200).body("$", not(hasKey("next")));
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void shouldKeepOffsetPagesWorking() {
        List<Long> all = everyId(Tokens.planner(), Map.of("nation", "GB"));
        list(Tokens.planner(), Map.of("nation", "GB", "page", "2", "size", "10", "count", "true"))
                .then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("total", equalTo(all.size()))
                .body("items.id", equalTo(toInts(all.subList(20, 30))));
    }

    @Test
    void shouldAnswerABadCursorWith400() {
        list(Tokens.planner(), Map.of("after", "not-a-cursor"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        String next = list(Tokens.planner(), Map.of("size", "1")).jsonPath().getString("next");
        list(Tokens.planner(), Map.of("after", next, "page", "1"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].reason", containsString("after"));
        list(Tokens.planner(), Map.of("count", "yes")).then().statusCode(400).body("errors[0].field", equalTo("count"));
    }

    @Test
    void shouldListEveryShipmentWithItsPinnedLegsInOrderAndFilterByDueDates() throws Exception {
        Scenarios.load(Scenarios.REPLAN);
        JsonNode document = new ObjectMapper().readTree(Scenarios.text(Scenarios.REPLAN));
        Map<String, List<String>> expected = new HashMap<>();
        Map<String, String> due = new HashMap<>();
        for (JsonNode s : document.get("shipments")) {
            List<String> legs = new ArrayList<>();
            s.path("pinnedLegs")
                    .forEach(l -> legs.add(
                            l.get("lane").asText() + "@" + l.get("departure").asText() + "/"
                                    + l.get("arrival").asText()));
            expected.put(s.get("id").asText(), legs);
            due.put(s.get("id").asText(), s.get("dueAt").asText());
        }
        // small pages, so that shipments with several legs fall on page boundaries too
        Map<String, List<String>> listed = new HashMap<>();
        String after = null;
        do {
            Map<String, String> query = new HashMap<>(Map.of("size", "4"));
            if (after != null) {
                query.put("after", after);
            }
            JsonPath page = list(Tokens.planner(), query)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                List<String> legs = new ArrayList<>();
                for (Object o : (List<?>) item.get("pinnedLegs")) {
                    Map<?, ?> l = (Map<?, ?>) o;
                    legs.add(l.get("lane") + "@" + l.get("departure") + "/" + l.get("arrival"));
                }
                assertThat(listed.put((String) item.get("reference"), legs)).isNull();
            }
            after = page.getString("next");
        } while (after != null);
        assertThat(listed).isEqualTo(expected);
        assertThat(expected.values().stream().filter(l -> l.size() > 1)).isNotEmpty();

        String from = "2012-09-10T00:00:00Z";
        String to = "2012-09-20T00:00:00Z";
        List<String> inWindow = list(Tokens.planner(), Map.of("dueFrom", from, "dueTo", to, "size", "500"))
                .jsonPath()
                .getList("items.reference", String.class);
        assertThat(inWindow)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(due.entrySet().stream()
                        .filter(e -> e.getValue().compareTo(from) >= 0
                                && e.getValue().compareTo(to) < 0)
                        .map(Map.Entry::getKey)
                        .toList());
    }

    private static List<Long> walk(String token, Map<String, String> filter, int size) {
        List<Long> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, String> query = with(filter, "size", Integer.toString(size));
            if (after != null) {
                query.put("after", after);
            }
            JsonPath page = list(token, query).then().statusCode(200).extract().jsonPath();
            List<Long> items = page.getList("items.id", Long.class);
            assertThat(items.size()).isLessThanOrEqualTo(size);
            ids.addAll(items);
            after = page.getString("next");
        } while (after != null);
        return ids;
    }

    /** Every id in one page of the largest size: the reference the walks are checked against. */
    private static List<Long> everyId(String token, Map<String, String> filter) {
        JsonPath page = list(token, with(filter, "size", "500"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getString("next")).isNull();
        return page.getList("items.id", Long.class);
    }

    private static Response list(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/shipments");
    }

    private static Map<String, String> with(Map<String, String> filter, String key, String value) {
        Map<String, String> query = new HashMap<>(filter);
        query.put(key, value);
        return query;
    }

    private static List<Integer> toInts(List<Long> ids) {
        return ids.stream().map(Long::intValue).toList();
    }
}
