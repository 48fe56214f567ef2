package io.transitplanner.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.transitplanner.service.AccessDeniedException;
import io.transitplanner.service.ConflictException;
import io.transitplanner.service.DuplicateReferenceException;
import io.transitplanner.service.InvalidInputException;
import io.transitplanner.service.PayloadTooLargeException;
import io.transitplanner.service.RecordNotFoundException;
import io.transitplanner.service.StaleVersionException;
import io.transitplanner.service.UnknownReferenceException;
import io.transitplanner.service.UnservableShipmentsException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to an RFC 7807 problem. The typed refusals of the services keep their message and field list;
 * anything unexpected becomes a bare 500 whose detail is an incident id to find in the log, never a class name.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    // ---------------------------------------------------------------- service refusals

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return Problems.of(
                400, "validation", "Invalid request", e.getMessage(), path(uri), Problems.errors(e.problems()));
    }

    @ServerExceptionMapper
    public Response unknownReference(UnknownReferenceException e, UriInfo uri) {
        return Problems.of(
                422,
                "unknown-reference",
                "Unknown reference",
                e.getMessage(),
                path(uri),
                Problems.errors(e.problems()));
    }

    @ServerExceptionMapper
    public Response notFound(RecordNotFoundException e, UriInfo uri) {
        return Problems.of(404, "not-found", "Not found", e.getMessage(), path(uri), List.of());
    }

    /** A retried submission is told where the shipment it already stored lives. */
    @ServerExceptionMapper
    public Response duplicate(DuplicateReferenceException e, UriInfo uri) {
        String existing = "/api/shipments/" + e.existingId();
        return Problems.builder(
                        409,
                        "duplicate-reference",
                        "Duplicate reference",
                        e.getMessage(),
                        path(uri),
                        Problems.errors(e.problems()),
                        existing)
                .header(
                        HttpHeaders.LOCATION,
                        uri.getBaseUriBuilder().path(existing).build())
                .header("Link", "<" + existing + ">; rel=\"existing\"")
                .build();
    }

    /** An import that would leave stored shipments on a network that cannot serve them: each is named. */
    @ServerExceptionMapper
    public Response unservable(UnservableShipmentsException e, UriInfo uri) {
        return Problems.of(
                409,
                "unservable-shipments",
                "Unservable shipments",
                e.getMessage(),
                path(uri),
                Problems.errors(e.problems()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problems.of(409, "conflict", "Conflict", e.getMessage(), path(uri), Problems.errors(e.problems()));
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return Problems.of(
                409, "stale-version", "Stale version", e.getMessage(), path(uri), Problems.errors(e.problems()));
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return Problems.of(413, "too-large", "Payload too large", e.getMessage(), path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return Problems.of(403, "forbidden", "Forbidden", e.getMessage(), path(uri), List.of());
    }

    // ---------------------------------------------------------------- request reading and validation

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemError(ViolationPaths.of(v), v.getMessage(), null))
                .sorted(Comparator.comparing(ProblemError::field).thenComparing(ProblemError::reason))
                .toList();
        return Problems.of(
                400,
                "validation",
                "Invalid request",
                errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid",
                path(uri),
                errors);
    }

    /** Bodies Jackson could not read into the request record (wrong types, unknown enum values). */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return unexpected(e, uri);
        }
        return Problems.of(
                400,
                "malformed-body",
                "Malformed request body",
                "the body cannot be read as JSON of the " + "expected shape",
                path(uri),
                List.of(new ProblemError(JsonProblems.path(e), JsonProblems.reason(e), null)));
    }

    /** Declared apart so that it takes precedence over the built-in mapper of this exception. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    // ---------------------------------------------------------------- security

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("a bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("the bearer token is not valid (signature, issuer or expiry)", uri);
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated("the bearer token is not valid", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.of(
                403, "forbidden", "Forbidden", "the token's roles do not allow this request", path(uri), List.of());
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        return Problems.builder(401, "unauthorized", "Unauthorized", detail, path(uri), List.of(), null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    // ---------------------------------------------------------------- HTTP and last resort

    /**
     * Errors of HTTP itself (no such path 404, wrong method 405, wrong media type 415, ...); a body Jackson could
     * not parse arrives here wrapped, and is answered like any other unreadable body.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status == 406
                ? "the Accept header admits no JSON: answers are application/json, refusals application/problem+json"
                : title;
        Response.ResponseBuilder answer =
                Problems.builder(status, "http-" + status, title, detail, path(uri), List.of(), null);
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            answer.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s: unexpected failure of %s", incident, path(uri));
        return Problems.of(
                500,
                "internal",
                "Internal error",
                "the request failed unexpectedly (incident " + incident + ")",
                path(uri),
                List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
