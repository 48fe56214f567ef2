package io.transitplanner.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens: a token is verified once, and never accepted past its expiry or the TTL. */
class VerifiedTokensTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    /** token text to its expiry (epoch seconds); a token not in here fails verification. */
    private final Map<String, Long> valid = new HashMap<>();

    private final CountingParser parser = new CountingParser();

    @Test
    void shouldVerifyATokenOnceAndRememberIt() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 100, Duration.ofMinutes(5), clock);
        valid.put("a", START.plusSeconds(3600).getEpochSecond());

        JsonWebToken first = tokens.parse("a");
        JsonWebToken second = tokens.parse("a");

        assertThat(second).isSameAs(first);
        assertThat(parser.calls).isEqualTo(1);
    }

    @Test
    void shouldNeverRememberATokenThatFailsVerification() {
        VerifiedTokens tokens = new VerifiedTokens(parser, 100, Duration.ofMinutes(5), clock);

        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(parser.calls).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldVerifyAgainOnceTheTokenHasExpired() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 100, Duration.ofMinutes(5), clock);
        valid.put("short", START.plusSeconds(60).getEpochSecond());
        tokens.parse("short");

        clock.now = START.plusSeconds(61);
        valid.remove("short"); // the verifier refuses it now

        assertThatThrownBy(() -> tokens.parse("short")).isInstanceOf(ParseException.class);
        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void shouldVerifyAgainAfterTheTtlEvenBeforeExpiry() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 100, Duration.ofMinutes(5), clock);
        valid.put("long", START.plusSeconds(8 * 3600).getEpochSecond());
        tokens.parse("long");
        clock.now = START.plusSeconds(299);
        tokens.parse("long");
        assertThat(parser.calls).isEqualTo(1);

        clock.now = START.plusSeconds(301);
        tokens.parse("long");

        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void shouldNotRememberATokenAcceptedOnlyWithinTheVerifiersClockSkew() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 100, Duration.ofMinutes(5), clock);
        valid.put("late", START.minusSeconds(30).getEpochSecond());

        tokens.parse("late");
        tokens.parse("late");

        assertThat(parser.calls).isEqualTo(2);
    }

    @Test
    void shouldStayWithinItsCapacity() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 10, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 35; i++) {
            valid.put("t" + i, START.plusSeconds(3600).getEpochSecond());
            tokens.parse("t" + i);
            assertThat(tokens.size()).isLessThanOrEqualTo(10);
        }
        tokens.parse("t34");
        assertThat(parser.calls).isEqualTo(35);
    }

    @Test
    void shouldVerifyEveryTimeWhenTheCacheIsOff() throws ParseException {
        VerifiedTokens tokens = new VerifiedTokens(parser, 0, Duration.ofMinutes(5), clock);
        valid.put("a", START.plusSeconds(3600).getEpochSecond());

        tokens.parse("a");
        tokens.parse("a");

        assertThat(parser.calls).isEqualTo(2);
    }

    private static final class MovableClock extends Clock {
        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final class CountingParser implements JWTParser {
        int calls;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            Long exp = valid.get(token);
            if (exp == null) {
                throw new ParseException("not valid: " + token);
            }
            return new Claims(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private record Claims(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "sub");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return switch (claim) {
                case "exp" -> (T) Long.valueOf(exp);
                case "sub" -> (T) name;
                default -> null;
            };
        }
    }
}
