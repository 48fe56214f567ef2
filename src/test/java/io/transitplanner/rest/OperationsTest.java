package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportReadyWithTheDatabaseCheck() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldReportLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldPublishTheOpenApiDocumentOfEveryResource() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/shipments'.post.summary", notNullValue())
                .body("paths.'/api/shipments/bulk'.post.requestBody.content", notNullValue())
                .body("paths.'/api/shipments/{id}'.patch", notNullValue())
                .body("paths.'/api/shipments/{id}/cancel'.post", notNullValue())
                .body("paths.'/api/shipments/{id}/status'.post", notNullValue())
                .body("paths.'/api/nodes/{code}'.delete", notNullValue())
                .body("paths.'/api/lanes'.post", notNullValue())
                .body("paths.'/api/permissions/{id}'.put", notNullValue())
                .body("paths.'/api/quotas'.get", notNullValue())
                .body("paths.'/api/disruptions'.post", notNullValue())
                .body("paths.'/api/scenario'.put", notNullValue())
                .body("paths.'/api/scenario/default'.post", notNullValue())
                .body("paths.'/api/audit-events'.get", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }

    @Test
    void shouldServeSwaggerUi() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
