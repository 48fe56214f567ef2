package io.transitplanner.rest;

import io.transitplanner.domain.Instants;
import io.transitplanner.rest.error.Problems;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the API document once for every operation, so that resources declare only what is their own.
 *
 * <ul>
 *   <li>The problem answers every operation may give are declared once, under {@code components/responses}, and
 *       referenced by each operation they apply to: 400 where it reads a body or query parameters, 401 and 403 where
 *       it needs a token, 404 where its path names a record, 413 and 415 where it reads a body, 500 everywhere.
 *   <li>A problem answer an operation declares itself, with its own meaning ({@code @APIResponse(responseCode =
 *       "409", description = "The code is taken")}), keeps that description and gets the problem content.
 *   <li>Every answer has a description, every document a server, and the instant schema says which forms are read.
 * </ul>
 *
 * <p>It runs when the application is built, so the document written to {@code target/openapi} is the one served.
 */
public class ApiDocument implements OASFilter {
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** A shared problem answer: its status, component name, description and example problem. */
    private record Shared(int status, String name, String description, String slug, String title, String detail) {}

    private static final List<Shared> SHARED = List.of(
            new Shared(
                    400,
                    "BadRequest",
                    "Invalid request: malformed JSON or CSV, or an invalid field or query parameter; `errors` names "
                            + "each field (or row and line) and the reason, and nothing is stored",
                    "validation",
                    "Invalid request",
                    "1 field is not valid"),
            new Shared(
                    401,
                    "Unauthorized",
                    "No valid bearer token: missing, expired, or signed by another issuer",
                    "unauthorized",
                    "Unauthorized",
                    "a bearer token is required"),
            new Shared(
                    403,
                    "Forbidden",
                    "The token's roles do not allow this request, or an officer's token names no nation",
                    "forbidden",
                    "Forbidden",
                    "the token's roles do not allow this request"),
            new Shared(
                    404,
                    "NotFound",
                    "No such record (to an officer, another nation's shipment does not exist either)",
                    "not-found",
                    "Not found",
                    "no shipment 17"),
            new Shared(
                    413,
                    "PayloadTooLarge",
                    "The body is larger than 20 MB, or a bulk upload has more rows than one upload may carry",
                    "too-large",
                    "Payload too large",
                    "at most 10000 rows per upload"),
            new Shared(
                    415,
                    "UnsupportedMediaType",
                    "The Content-Type is not one the operation reads",
                    "http-415",
                    "Unsupported Media Type",
                    "Unsupported Media Type"),
            new Shared(
                    500,
                    "InternalError",
                    "The request failed unexpectedly; nothing was changed, and the detail names an incident to report",
                    "internal",
                    "Internal error",
                    "the request failed unexpectedly (incident 0f8fad5b-d9cb-469f-a165-70867728950e)"));

    /** Answers whose meaning is the same for every operation: an operation's own declaration is replaced. */
    private static final List<Integer> ALWAYS_SHARED = List.of(401, 403, 415, 500);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            openAPI.addServer(OASFactory.createServer()
                    .url("/")
                    .description("The service that serves this document (a local one: http://localhost:8080)"));
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        for (Shared shared : SHARED) {
            components.addResponse(shared.name(), sharedResponse(shared));
        }
        describeInstants(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(operation, path.getKey(), path.getValue(), openAPI.getSecurity());
            }
        }
    }

    private static void complete(
            Operation operation, String path, PathItem item, List<SecurityRequirement> documentSecurity) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Map<String, APIResponse> answers = new LinkedHashMap<>();
        if (responses.getAPIResponses() != null) {
            answers.putAll(responses.getAPIResponses());
        }
        for (Map.Entry<String, APIResponse> answer : answers.entrySet()) {
            APIResponse response = answer.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (response.getDescription() == null || response.getDescription().isBlank()) {
                response.setDescription(reasonPhrase(answer.getKey()));
            }
            if (isProblem(answer.getKey())
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        }
        boolean readsBody = operation.getRequestBody() != null;
        boolean readsQuery = parameters(operation, item).stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        List<SecurityRequirement> security =
                operation.getSecurity() != null ? operation.getSecurity() : documentSecurity;
        boolean secured = security != null && !security.isEmpty();
        for (Shared shared : SHARED) {
            boolean applies =
                    switch (shared.status()) {
                        case 400 -> readsBody || readsQuery;
                        case 401, 403 -> secured;
                        case 404 -> path.contains("{");
                        case 413, 415 -> readsBody;
                        default -> true;
                    };
            String code = Integer.toString(shared.status());
            if (applies && (ALWAYS_SHARED.contains(shared.status()) || !answers.containsKey(code))) {
                answers.put(code, OASFactory.createAPIResponse().ref(shared.name()));
            }
        }
        List<Map.Entry<String, APIResponse>> sorted = new ArrayList<>(answers.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(ordered);
    }

    private static List<Parameter> parameters(Operation operation, PathItem item) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void describeInstants(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Schema instant = components.getSchemas().get("Instant");
        if (instant != null) {
            instant.setDescription("An instant: " + Instants.FORMS + ".");
            instant.setExamples(List.of("2012-08-01T06:00:00Z", "2012-08-01T10:30:00+04:30"));
        }
    }

    private static APIResponse sharedResponse(Shared shared) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://transit-planner.dev/problems/" + shared.slug());
        example.put("title", shared.title());
        example.put("status", shared.status());
        example.put("detail", shared.detail());
        example.put("instance", "/api/shipments");
        example.put(
                "errors",
                shared.status() == 400
                        ? List.of(Map.of("field", "teu", "reason", "must be greater than or equal to 1"))
                        : List.of());
        Content content = problemContent();
        content.getMediaType(Problems.MEDIA_TYPE).setExample(example);
        return OASFactory.createAPIResponse().description(shared.description()).content(content);
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problems.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static boolean isProblem(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static String reasonPhrase(String code) {
        try {
            Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(code));
            return status == null ? "HTTP " + code : status.getReasonPhrase();
        } catch (NumberFormatException e) {
            return "Any other answer";
        }
    }
}
