package io.transitplanner.service;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the caller of the current request from its verified bearer token. */
@ApplicationScoped
public class CallerContext {
    /** The custom claim naming an officer's nation. */
    public static final String NATION_CLAIM = "nation";

    private static final Pattern NATION = Pattern.compile("^[A-Z]{2}$");

    private final Instance<SecurityIdentity> identity;

    CallerContext(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public Caller current() {
        if (!Arc.container().requestContext().isActive()) {
            return Caller.SYSTEM;
        }
        SecurityIdentity id = identity.get();
        if (id.isAnonymous()) {
            return new Caller("anonymous", Set.of(), null);
        }
        return new Caller(id.getPrincipal().getName(), id.getRoles(), nation(id));
    }

    /** The nation claim when it is a two-letter code; anything else counts as no nation. */
    private static String nation(SecurityIdentity id) {
        if (!(id.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object claim = jwt.getClaim(NATION_CLAIM);
        String text = claim instanceof JsonString s ? s.getString() : claim == null ? null : claim.toString();
        return text != null && NATION.matcher(text).matches() ? text : null;
    }
}
