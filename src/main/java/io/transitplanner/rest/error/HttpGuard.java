package io.transitplanner.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses, with a problem, requests whose head no resource can use: a Content-Type that is no media type (415; the REST
 * layer would fail choosing a method and answer 500) and control characters in the path or the query (400; PostgreSQL
 * refuses NUL in text), and answers with a problem what the router fails before any resource runs. What Vert.x refuses
 * while decoding the request itself is answered by Vert.x before any route, with a bare status line (Quarkus offers no
 * hook there): 414 for a request line over {@code quarkus.http.limits.max-initial-line-length}, 431 for headers over
 * {@code max-header-size}, and 400 for a query string that is not valid percent-encoding ({@code %ZZ}).
 */
@ApplicationScoped
public class HttpGuard {
    private final ObjectMapper mapper;

    HttpGuard(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
    }

    /**
     * A request the router itself failed (a query string it cannot decode, say) before any resource ran: the status
     * it chose, as a problem, never an empty body or a trace.
     */
    void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() < 400 ? 500 : rc.statusCode();
        if (status >= 500) {
            rc.next();
            return;
        }
        refuse(
                rc,
                status,
                status == 400 ? "validation" : "http-" + status,
                status == 400 ? "Invalid request" : "HTTP " + status,
                "request",
                "cannot be read");
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank()) {
            try {
                MediaType.valueOf(contentType);
            } catch (RuntimeException e) {
                refuse(rc, 415, "http-415", "Unsupported Media Type", "Content-Type", "is not a media type");
                return;
            }
        }
        if (hasControlCharacter(request.path())) {
            refuse(rc, 400, "validation", "Invalid request", "path", "must not contain control characters");
            return;
        }
        String query = request.query();
        if (query != null) {
            for (String part : query.split("&")) {
                String decoded;
                try {
                    decoded = URLDecoder.decode(part, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    refuse(rc, 400, "validation", "Invalid request", "query", "is not valid percent-encoding");
                    return;
                }
                if (hasControlCharacter(decoded)) {
                    String name = decoded.contains("=") ? decoded.substring(0, decoded.indexOf('=')) : decoded;
                    refuse(
                            rc,
                            400,
                            "validation",
                            "Invalid request",
                            printable(name),
                            "must not contain control characters");
                    return;
                }
            }
        }
        rc.next();
    }

    /** The path as given may hold percent-encoded control characters; decoded strictly, without '+' as space. */
    private static boolean hasControlCharacter(String text) {
        String decoded;
        try {
            decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = text;
        }
        return decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String printable(String name) {
        String plain = name.replaceAll("\\p{Cntrl}", "?");
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }

    private void refuse(RoutingContext rc, int status, String slug, String title, String field, String reason) {
        ProblemDetail problem = new ProblemDetail(
                Problems.TYPE_BASE + slug,
                title,
                status,
                field + " " + reason,
                rc.request().path(),
                List.of(new ProblemError(field, reason, null)),
                null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"title\":\"" + title + "\"}";
        }
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .end(body);
    }
}
