package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The token command, run as a shell would run it: no Quarkus, no server. */
class TokenCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TokenCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintASignedTokenWithRolesNationAndLifetime() throws Exception {
        assertThat(run("token", "--role", "planner", "--nation", "GB", "--hours", "2"))
                .isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        JsonNode header = json(parts[0]);
        JsonNode claims = json(parts[1]);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("iss").asText()).isEqualTo("https://transit-planner.dev");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("planner");
        assertThat(claims.get("nation").asText()).isEqualTo("GB");
        assertThat(claims.get("upn").asText()).isEqualTo("dev-planner-gb");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(2 * 3600);
        assertThat(verifies(parts))
                .as("signature checks with the development public key")
                .isTrue();
    }

    @Test
    void shouldAcceptSeveralRolesAndASubjectWithoutTheCommandWord() throws Exception {
        assertThat(run("--role", "planner,admin", "--subject", "maj.smith")).isZero();
        JsonNode claims = json(out.toString(StandardCharsets.UTF_8).trim().split("\\.")[1]);
        assertThat(claims.get("sub").asText()).isEqualTo("maj.smith");
        assertThat(claims.get("groups")).hasSize(2);
        assertThat(claims.has("nation")).isFalse();
    }

    @Test
    void shouldRefuseWrongUseWithExitCode2() {
        assertThat(run("token")).isEqualTo(2);
        assertThat(run("token", "--role", "officer")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs --nation");
        assertThat(run("token", "--role", "general")).isEqualTo(2);
        assertThat(run("token", "--role", "officer", "--nation", "Britain")).isEqualTo(2);
        assertThat(run("token", "--role", "planner", "--hours", "0")).isEqualTo(2);
        assertThat(run("token", "--role", "planner", "--hours", "many")).isEqualTo(2);
        assertThat(run("token", "--role")).isEqualTo(2);
        assertThat(run("token", "--role", "planner", "--colour", "red")).isEqualTo(2);
        assertThat(out.size()).as("nothing on standard output").isZero();
    }

    @Test
    void shouldPrintUsageOnHelp() {
        assertThat(run("token", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: token --role");
    }

    private static JsonNode json(String base64Url) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(base64Url));
    }

    private static boolean verifies(String[] parts) throws Exception {
        PublicKey key;
        try (InputStream in = TokenCommandTest.class.getClassLoader().getResourceAsStream("dev/publicKey.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
