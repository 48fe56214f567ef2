package io.transitplanner.testdata;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The conformance scenarios (copied into the test resources) and a way to make one the live scenario. */
public final class Scenarios {
    /** 12 nodes, 23 lanes, 18 permissions, 1 quota, 2 disruptions, 30 shipments of DE, GB, US and others. */
    public static final String SMALL = "/conformance/small.scenario.json";
    /** The same network five days later: 9 shipments carry pinned legs, a third disruption. */
    public static final String REPLAN = "/conformance/replan.scenario.json";

    private Scenarios() {}

    public static String text(String resource) {
        try (InputStream in = Scenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces everything stored by the scenario, as an admin would: an import in replace mode, which archives every
     * stored shipment the scenario does not name.
     */
    public static void load(String resource) {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .queryParam("mode", "replace")
                .body(text(resource))
                .when()
                .put("/api/scenario")
                .then()
                .statusCode(200);
    }
}
