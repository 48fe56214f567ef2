package io.transitplanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conformance pack in the test resources is the shared one, unchanged (checked where the original exists). */
class ConformanceCopyTest {

    @Test
    void shouldMatchTheSharedConformancePack() throws IOException {
        Path shared = Path.of("..", "shared", "conformance");
        assumeTrue(Files.isDirectory(shared), "the shared conformance pack is not beside this checkout");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                assertThat(Conformance.text(file.getFileName().toString()))
                        .as(file.getFileName().toString())
                        .isEqualTo(Files.readString(file));
            }
        }
    }
}
