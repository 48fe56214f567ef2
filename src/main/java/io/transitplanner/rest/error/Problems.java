package io.transitplanner.rest.error;

import io.transitplanner.service.FieldProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; every type is {@code https://transit-planner.dev/problems/<slug>}. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://transit-planner.dev/problems/";

    private Problems() {}

    public static Response.ResponseBuilder builder(
            int status,
            String slug,
            String title,
            String detail,
            String instance,
            List<ProblemError> errors,
            String existing) {
        ProblemDetail body = new ProblemDetail(TYPE_BASE + slug, title, status, detail, instance, errors, existing);
        return Response.status(status).type(MEDIA_TYPE).entity(body);
    }

    public static Response of(
            int status, String slug, String title, String detail, String instance, List<ProblemError> errors) {
        return builder(status, slug, title, detail, instance, errors, null).build();
    }

    static List<ProblemError> errors(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemError(p.field(), p.reason(), p.line()))
                .toList();
    }
}
