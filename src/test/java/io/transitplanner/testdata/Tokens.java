package io.transitplanner.testdata;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.transitplanner.cli.TokenCommand;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens for every kind of caller, signed like {@code token} signs them (the development key). */
public final class Tokens {

    private Tokens() {}

    public static String officer(String nation) {
        return sign("officer-" + nation.toLowerCase(), Set.of("officer"), nation);
    }

    public static String planner() {
        return sign("planner-1", Set.of("planner"), null);
    }

    public static String admin() {
        return sign("admin-1", Set.of("admin"), null);
    }

    /** An officer whose token names no nation: he may see no shipment at all. */
    public static String officerWithoutNation() {
        return sign("officer-stateless", Set.of("officer"), null);
    }

    /** A valid signature with a role the service does not know. */
    public static String stranger() {
        return sign("stranger", Set.of("guest"), "GB");
    }

    public static String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(10));
        return TokenCommand.sign("planner-late", Set.of("planner"), null, issued, issued.plus(Duration.ofHours(8)));
    }

    /** Right claims, wrong issuer. */
    public static String foreignIssuer() {
        Instant now = Instant.now();
        return Jwt.issuer("https://elsewhere.example")
                .subject("planner-x")
                .upn("planner-x")
                .groups(Set.of("planner"))
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)))
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(devKey());
    }

    /** Right claims and issuer, signed by a key nobody trusts. */
    public static String forged() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Instant now = Instant.now();
            return Jwt.issuer(TokenCommand.DEV_ISSUER)
                    .subject("admin-forged")
                    .upn("admin-forged")
                    .groups(Set.of("admin"))
                    .issuedAt(now)
                    .expiresAt(now.plus(Duration.ofHours(1)))
                    .jws()
                    .algorithm(SignatureAlgorithm.RS256)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The development private key, read as the token command reads it. */
    private static PrivateKey devKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("dev/privateKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 =
                    pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String subject, Set<String> roles, String nation) {
        Instant now = Instant.now();
        return TokenCommand.sign(subject, roles, nation, now, now.plus(Duration.ofHours(1)));
    }
}
