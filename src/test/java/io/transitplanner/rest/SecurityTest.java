package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.cli.TokenCommand;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SecurityTest {
    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void loadNetwork() {
        Scenarios.load(Scenarios.SMALL);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/shipments",
                "/api/nodes",
                "/api/lanes",
                "/api/permissions",
                "/api/quotas",
                "/api/disruptions",
                "/api/scenario",
                "/api/audit-events",
                "/api/shipments/1"
            })
    void shouldAnswerAMissingTokenWith401(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void shouldAnswerABadTokenWith401() {
        for (String token : new String[] {Tokens.expired(), Tokens.foreignIssuer(), Tokens.forged(), "not.a.token"}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/shipments")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(Tokens.forged())
                .contentType(ContentType.JSON)
                .body(aShipment("FORGED-1", "GB"))
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldAnswerAWrongRoleWith403() {
        given().auth()
                .oauth2(Tokens.stranger())
                .when()
                .get("/api/shipments")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(Tokens.officer("GB"))
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .get("/api/audit-events")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .delete("/api/nodes/OB1")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.planner())
                .when()
                .post("/api/scenario/default")
                .then()
                .statusCode(403);
    }

    /** A token once accepted is remembered by its whole text: a copy with another signature is verified, and refused. */
    @Test
    void shouldRefuseATamperedCopyOfATokenAlreadyAccepted() {
        String token = Tokens.planner();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).when().get("/api/shipments").then().statusCode(200);
        }
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        String otherSignature = new StringBuilder(signature).reverse().toString();
        String admin = Tokens.admin();
        String claimsOfAnother = admin.substring(admin.indexOf('.') + 1, admin.lastIndexOf('.'));
        for (String tampered : new String[] {
            token.substring(0, dot + 1) + otherSignature,
            token.substring(0, token.indexOf('.') + 1) + claimsOfAnother + token.substring(dot),
            token.substring(0, dot)
        }) {
            given().auth()
                    .oauth2(tampered)
                    .when()
                    .get("/api/shipments")
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }
        given().auth().oauth2(token).when().get("/api/shipments").then().statusCode(200);
    }

    /** What a newcomer does: mint a token with the command, submit a shipment, read it back. */
    @Test
    void shouldAcceptATokenMintedByTheTokenCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TokenCommand.run(
                new String[] {"token", "--role", "officer", "--nation", "GB"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();

        String location = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(aShipment(uniqueReference("FIRST")))
                .when()
                .post("/api/shipments")
                .then()
                .statusCode(201)
                .body("nation", equalTo("GB"))
                .extract()
                .header("Location");
        given().auth().oauth2(token).when().get(location).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }
}
