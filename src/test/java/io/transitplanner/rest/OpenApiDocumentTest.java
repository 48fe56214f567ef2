package io.transitplanner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.transitplanner.testdata.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API document served at /q/openapi is one a client generator takes as it is, and the committed copy
 * docs/openapi.json (from which the tests generate their client) is that document. Checks every operation, so that
 * operations added later are held to the same rules.
 */
@QuarkusTest
class OpenApiDocumentTest {
    static final Path COMMITTED = Path.of("docs/openapi.json");
    static final Path STORED = Path.of("target/openapi/openapi.json");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private JsonNode document;

    @BeforeEach
    void readLiveDocument() {
        document = JsonTrees.parse(given().accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void shouldBeTheCommittedDocument() throws IOException {
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " exists").isTrue();
        try {
            JsonTrees.assertEquivalent(document, JsonTrees.parse(Files.readString(COMMITTED)));
        } catch (AssertionError e) {
            throw new AssertionError(
                    COMMITTED + " is not the document the service serves; if the change of the API is meant, copy "
                            + STORED + " (written by every build, this test run included) to " + COMMITTED
                            + ": the tests' client is generated from it\n" + e.getMessage(),
                    e);
        }
    }

    @Test
    void shouldWriteTheDocumentWhenTheApplicationIsBuilt() throws IOException {
        assertThat(Files.exists(STORED)).as(STORED + " exists").isTrue();
        JsonTrees.assertEquivalent(JsonTrees.parse(Files.readString(STORED)), document);
    }

    @Test
    void shouldGiveEveryOperationAUniqueOperationId() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        operations((where, operation) -> {
            JsonNode id = operation.get("operationId");
            if (id == null || id.asText().isBlank()) {
                missing.add(where);
            } else if (!seen.add(id.asText())) {
                twice.add(id.asText());
            }
        });
        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(twice).as("operationIds used twice").isEmpty();
        assertThat(seen)
                .contains(
                        "submitShipment",
                        "uploadShipments",
                        "listShipments",
                        "getShipment",
                        "amendShipment",
                        "cancelShipment",
                        "listNodes",
                        "createNode",
                        "createLane",
                        "importScenario",
                        "exportScenario",
                        "loadDefaultScenario");
    }

    @Test
    void shouldDescribeEveryResponse() {
        List<String> undescribed = new ArrayList<>();
        operations((where, operation) -> operation.get("responses").fields().forEachRemaining(response -> {
            JsonNode resolved = resolve(response.getValue());
            if (resolved.path("description").asText().isBlank()) {
                undescribed.add(where + " " + response.getKey());
            }
        }));
        assertThat(undescribed).as("responses without a description").isEmpty();
    }

    @Test
    void shouldTypeEveryParameter() {
        // an untyped parameter becomes an Object in a generated client: page=0 and count=true must be typed
        List<String> untyped = new ArrayList<>();
        operations((where, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode schema = parameter.path("schema");
            if (!schema.has("type") && !schema.has("$ref")) {
                untyped.add(where + " " + parameter.path("name").asText());
            }
        }));
        assertThat(untyped).as("parameters without a type").isEmpty();
    }

    @Test
    void shouldNameAServer() {
        assertThat(document.path("servers")).isNotEmpty();
        assertThat(document.path("servers").get(0).path("url").asText()).isNotBlank();
    }

    @Test
    void shouldTagEveryOperationWithADeclaredArea() {
        Set<String> declared = new HashSet<>();
        document.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asText())
                    .as("description of tag " + tag)
                    .isNotBlank();
            declared.add(tag.path("name").asText());
        });
        assertThat(declared).contains("Shipments", "Network", "Rules", "Scenario", "Audit");
        operations((where, operation) -> assertThat(operation.path("tags"))
                .as("tags of " + where)
                .isNotEmpty()
                .allSatisfy(tag -> assertThat(declared).contains(tag.asText())));
    }

    /** 400/401/403/404/413/415/500 come from one declaration each (components/responses), for every operation. */
    @Test
    void shouldGiveEveryOperationTheSharedProblemAnswers() {
        JsonNode shared = document.path("components").path("responses");
        assertThat(shared.fieldNames())
                .toIterable()
                .contains(
                        "BadRequest",
                        "Unauthorized",
                        "Forbidden",
                        "NotFound",
                        "PayloadTooLarge",
                        "UnsupportedMediaType",
                        "InternalError");
        operations((where, operation) -> {
            JsonNode responses = operation.get("responses");
            assertThat(responses.path("500").path("$ref").asText())
                    .as(where + " 500")
                    .isEqualTo("#/components/responses/InternalError");
            if (!operation.path("security").isEmpty()) {
                assertThat(responses.path("401").path("$ref").asText())
                        .as(where + " 401")
                        .isEqualTo("#/components/responses/Unauthorized");
                assertThat(responses.path("403").path("$ref").asText())
                        .as(where + " 403")
                        .isEqualTo("#/components/responses/Forbidden");
            }
            if (operation.has("requestBody")) {
                assertThat(responses.has("400")).as(where + " 400").isTrue();
                assertThat(responses.has("413")).as(where + " 413").isTrue();
                assertThat(responses.path("415").path("$ref").asText())
                        .as(where + " 415")
                        .isEqualTo("#/components/responses/UnsupportedMediaType");
            }
            if (where.contains("{")) {
                assertThat(responses.has("404")).as(where + " 404").isTrue();
            }
        });
    }

    @Test
    void shouldAnswerEveryRefusalWithAProblemDocument() {
        operations((where, operation) -> operation.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode content = resolve(response.getValue()).path("content");
                assertThat(content.fieldNames())
                        .toIterable()
                        .as(where + " " + response.getKey())
                        .containsExactly("application/problem+json");
                assertThat(content.path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asText())
                        .isEqualTo("#/components/schemas/Problem");
            }
        }));
    }

    @Test
    void shouldResolveEveryReference() {
        List<String> dangling = new ArrayList<>();
        references(document, dangling);
        assertThat(dangling).as("references to nothing").isEmpty();
    }

    @Test
    void shouldSayWhichInstantFormsAreAccepted() {
        JsonNode instant = document.path("components").path("schemas").path("Instant");
        assertThat(instant.path("format").asText()).isEqualTo("date-time");
        assertThat(instant.path("description").asText())
                .contains("RFC 3339", "Z or a numeric offset", "2012-08-01T10:30:00+04:30");
    }

    @Test
    void shouldShowExamplesOfTheMainRequestBodies() {
        for (String[] operation : new String[][] {
            {"/api/shipments", "post", "application/json"},
            {"/api/shipments/bulk", "post", "application/json"},
            {"/api/shipments/bulk", "post", "text/csv"},
            {"/api/shipments/{id}", "patch", "application/json"},
            {"/api/nodes", "post", "application/json"},
            {"/api/lanes", "post", "application/json"}
        }) {
            JsonNode examples = document.path("paths")
                    .path(operation[0])
                    .path(operation[1])
                    .path("requestBody")
                    .path("content")
                    .path(operation[2])
                    .path("examples");
            assertThat(examples).as(String.join(" ", operation)).isNotEmpty();
        }
    }

    // ---------------------------------------------------------------- walking the document

    private void operations(BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    check.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            });
        }
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        return ref.isEmpty() ? node : document.at(ref.substring(1));
    }

    private void references(JsonNode node, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null
                    && ref.isTextual()
                    && (!ref.asText().startsWith("#/") || resolve(node).isMissingNode())) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> references(child, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> references(child, dangling));
        }
    }
}
