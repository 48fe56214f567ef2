package io.transitplanner.rest;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.transitplanner.config.TransitPlannerConfig;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens already verified, so that a client's next request with the same token skips the RS256
 * signature check and the claims parsing, which cost more than serving a page of a listing.
 *
 * <p>The key is the whole token, signature included: only a token that passed verification, byte for byte, is ever
 * found here, and a token that fails is never remembered. A remembered token is accepted only before its own
 * expiry ({@code exp}) and for at most {@code transit-planner.tokens.cache-ttl}; the cache holds at most
 * {@code cache-size} tokens and forgets the expired ones, or all, when it is full. Everything but
 * {@link #parse(String)} (the one call that authenticates requests) goes to the parser unchanged.
 */
@Decorator
@Priority(1)
public class VerifiedTokens implements JWTParser {
    private final JWTParser parser;
    private final int capacity;
    private final long ttlMillis;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(@Delegate JWTParser parser, TransitPlannerConfig config) {
        this(parser, config.tokens().cacheSize(), config.tokens().cacheTtl(), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser parser, int capacity, Duration ttl, Clock clock) {
        this.parser = parser;
        this.capacity = capacity;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** How many verified tokens are remembered now. */
    int size() {
        return remembered.size();
    }

    private record Remembered(JsonWebToken token, long untilMillis) {}

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (capacity <= 0 || token == null) {
            return parser.parse(token);
        }
        long now = clock.millis();
        Remembered hit = remembered.get(token);
        if (hit != null) {
            if (now < hit.untilMillis()) {
                return hit.token();
            }
            remembered.remove(token, hit);
        }
        JsonWebToken verified = parser.parse(token);
        long expiry = verified.getExpirationTime() * 1000L;
        long until = Math.min(now + ttlMillis, expiry > 0 ? expiry : now);
        if (until > now) {
            if (remembered.size() >= capacity) {
                remembered.values().removeIf(r -> r.untilMillis() <= now);
                if (remembered.size() >= capacity) {
                    remembered.clear();
                }
            }
            remembered.put(token, new Remembered(verified, until));
        }
        return verified;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
