package io.transitplanner.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Content negotiation that forgives: a client that accepts {@code application/problem+json} (or any other
 * {@code +json} type) but not {@code application/json} still gets the normal JSON answer. Generated clients send the
 * first JSON type the API document lists for an operation, which is often the problem type of its error answers.
 * Only an Accept header that admits no JSON at all is answered 406 (as a problem document).
 */
@Provider
@PreMatching
public class JsonAccept implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        double jsonSuffixQuality = -1;
        for (MediaType range : accepted) {
            if (range.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return; // application/json, application/* or */*: nothing to forgive
            }
            if ("application".equalsIgnoreCase(range.getType())
                    && range.getSubtype().toLowerCase().endsWith("+json")) {
                jsonSuffixQuality = Math.max(jsonSuffixQuality, quality(range));
            }
        }
        if (jsonSuffixQuality > 0) {
            String original = String.join(", ", request.getHeaders().get(HttpHeaders.ACCEPT));
            String json = jsonSuffixQuality >= 1
                    ? MediaType.APPLICATION_JSON
                    : MediaType.APPLICATION_JSON + ";q=" + jsonSuffixQuality;
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, original + ", " + json);
        }
    }

    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
