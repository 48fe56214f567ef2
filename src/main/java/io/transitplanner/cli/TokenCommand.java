package io.transitplanner.cli;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code token --role planner --nation GB [--subject NAME] [--hours 8]}: prints a bearer token signed with the
 * development key ({@code src/main/resources/dev}), which only the dev and test profiles trust. It needs no running
 * service and no Quarkus boot.
 */
public final class TokenCommand {
    /** The issuer the dev and test profiles expect ({@code mp.jwt.verify.issuer}). */
    public static final String DEV_ISSUER = "https://transit-planner.dev";

    static final String DEV_PRIVATE_KEY = "dev/privateKey.pem";
    static final Set<String> ROLES = Set.of("officer", "planner", "admin");
    private static final Pattern NATION = Pattern.compile("^[A-Z]{2}$");
    private static final int MAX_HOURS = 24 * 30;

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: token --role ROLE[,ROLE] [--nation CC] [--subject NAME] [--hours H]",
            "  Prints a bearer token signed with the development key (trusted by the dev and test profiles only).",
            "  --role     officer, planner or admin; repeat it or separate roles by commas",
            "  --nation   ISO 3166-1 alpha-2 code of the officer's nation (required for officer), e.g. GB",
            "  --subject  who the token speaks for (default: dev-<role>[-<nation>])",
            "  --hours    lifetime in hours, 1 to " + MAX_HOURS + " (default 8)",
            "example: token --role officer --nation GB");

    private TokenCommand() {}

    /** Runs the command; {@code args} may start with the word {@code token}. Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = new ArrayList<>(List.of(args));
        if (!list.isEmpty() && list.get(0).equals("token")) {
            list.remove(0);
        }
        Set<String> roles = new LinkedHashSet<>();
        String nation = null;
        String subject = null;
        int hours = 8;
        for (int i = 0; i < list.size(); i++) {
            String option = list.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (i + 1 >= list.size()) {
                return usage(err, "option " + option + " needs a value");
            }
            String value = list.get(++i);
            switch (option) {
                case "--role" -> {
                    for (String role : value.split(",")) {
                        if (!ROLES.contains(role.trim())) {
                            return usage(err, "unknown role '" + role.trim() + "' (officer, planner or admin)");
                        }
                        roles.add(role.trim());
                    }
                }
                case "--nation" -> nation = value;
                case "--subject" -> subject = value;
                case "--hours" -> {
                    try {
                        hours = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        return usage(err, "--hours must be a whole number");
                    }
                    if (hours < 1 || hours > MAX_HOURS) {
                        return usage(err, "--hours must be between 1 and " + MAX_HOURS);
                    }
                }
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (roles.isEmpty()) {
            return usage(err, "--role is required");
        }
        if (nation != null && !NATION.matcher(nation).matches()) {
            return usage(err, "--nation must be an ISO 3166-1 alpha-2 code such as GB");
        }
        if (roles.contains("officer") && nation == null) {
            return usage(err, "an officer's token needs --nation");
        }
        if (subject == null) {
            subject = "dev-" + String.join("-", roles) + (nation == null ? "" : "-" + nation.toLowerCase());
        }
        Instant now = Instant.now();
        try {
            out.println(sign(subject, roles, nation, now, now.plus(Duration.ofHours(hours))));
            return 0;
        } catch (RuntimeException e) {
            err.println("token: cannot sign with the development key: " + e.getMessage());
            return 1;
        }
    }

    /** A token for the dev and test profiles: roles in {@code groups}, the nation (if any) in {@code nation}. */
    public static String sign(String subject, Set<String> roles, String nation, Instant issuedAt, Instant expiresAt) {
        var claims = Jwt.issuer(DEV_ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (nation != null) {
            claims.claim("nation", nation);
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(devPrivateKey());
    }

    /** The development private key, read from the classpath (PKCS#8 PEM). */
    static PrivateKey devPrivateKey() {
        try (InputStream in = TokenCommand.class.getClassLoader().getResourceAsStream(DEV_PRIVATE_KEY)) {
            if (in == null) {
                throw new IllegalStateException(DEV_PRIVATE_KEY + " is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String base64 =
                    pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + DEV_PRIVATE_KEY + ": " + e.getMessage(), e);
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("token: " + problem);
        err.println(USAGE);
        return 2;
    }
}
