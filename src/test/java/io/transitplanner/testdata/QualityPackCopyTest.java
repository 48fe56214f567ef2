package io.transitplanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quality pack in bench/quality is the shared one, unchanged (checked where the original exists). */
class QualityPackCopyTest {

    @Test
    void shouldMatchTheSharedQualityPack() throws IOException {
        Path shared = Stream.of(Path.of("..", "shared", "quality"), Path.of("..", "..", "shared", "quality"))
                .filter(Files::isDirectory)
                .findFirst()
                .orElse(null);
        assumeTrue(shared != null, "the shared quality pack is not beside this checkout");
        Path copy = Path.of("bench", "quality");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.toList()) {
                Path copied = copy.resolve(file.getFileName());
                assertThat(copied).as("copy of " + file.getFileName()).exists();
                assertThat(Files.readString(copied))
                        .as(file.getFileName().toString())
                        .isEqualTo(Files.readString(file));
            }
        }
    }
}
