package io.transitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mints a development token from the build, for a newcomer without the packaged application:
 * {@code mvn -q test -Dtest=DevTokenTest -Dtoken.role=officer -Dtoken.nation=GB} writes it to
 * {@code target/dev-token.txt}. Without {@code -Dtoken.role} it does nothing.
 */
class DevTokenTest {

    @Test
    void shouldWriteADevelopmentToken() throws Exception {
        String role = System.getProperty("token.role");
        assumeTrue(role != null && !role.isBlank(), "no -Dtoken.role given");
        List<String> args = new ArrayList<>(List.of("token", "--role", role));
        for (String option : List.of("nation", "subject", "hours")) {
            String value = System.getProperty("token." + option);
            if (value != null && !value.isBlank()) {
                args.add("--" + option);
                args.add(value);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TokenCommand.run(
                args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).as("exit code of token").isZero();
        Path file = Path.of("target", "dev-token.txt");
        Files.writeString(file, out.toString(StandardCharsets.UTF_8));
        System.out.println("token written to " + file.toAbsolutePath());
    }
}
