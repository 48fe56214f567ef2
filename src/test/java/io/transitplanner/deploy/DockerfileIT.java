package io.transitplanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * src/main/docker/Dockerfile.jvm against what `package` built (no container engine is needed): it copies the whole
 * fast-jar layout from target/quarkus-app, runs quarkus-run.jar as a non-root user, and exposes the HTTP port.
 */
class DockerfileIT {
    private final Dockerfile dockerfile = Dockerfile.parse();

    @Test
    void everyCopySourceShouldExistAfterPackage() throws IOException {
        assertThat(dockerfile.copies()).isNotEmpty();
        for (Dockerfile.Copy copy : dockerfile.copies()) {
            for (String source : copy.sources()) {
                assertThat(source).as("copied from the build's output").startsWith("target/quarkus-app/");
                assertThat(matches(source)).as("files matching " + source).isNotEmpty();
            }
            assertThat(copy.chown()).as("files owned by the runtime user").isEqualTo(dockerfile.user());
        }
    }

    @Test
    void everyPartOfTheFastJarShouldBeCopied() throws IOException {
        try (Stream<Path> entries = Files.list(Project.QUARKUS_APP)) {
            for (Path entry : entries.toList()) {
                String relative = "target/quarkus-app/" + entry.getFileName();
                boolean copied = dockerfile.copies().stream()
                        .flatMap(c -> c.sources().stream())
                        .anyMatch(s -> glob(s).matches(Path.of(relative))
                                || glob(s.replaceAll("/$", "")).matches(Path.of(relative)));
                boolean needed = Files.isDirectory(entry) || entry.toString().endsWith(".jar");
                assertThat(copied || !needed).as(relative + " is in the image").isTrue();
            }
        }
    }

    @Test
    void theImageShouldRunAsANonRootUser() {
        assertThat(dockerfile.user())
                .as("USER, numeric so that runAsNonRoot can check it")
                .matches("[0-9]+");
        assertThat(Integer.parseInt(dockerfile.user())).isEqualTo(185);
    }

    @Test
    void theEntrypointShouldRunQuarkusRunJarWithTheHeapSizedToTheContainer() {
        String destination = dockerfile.copies().stream()
                .filter(c -> c.sources().contains("target/quarkus-app/*.jar"))
                .map(Dockerfile.Copy::destination)
                .findFirst()
                .orElseThrow();
        assertThat(dockerfile.entrypoint())
                .contains("exec java")
                .contains("-jar " + Path.of(destination, "quarkus-run.jar"))
                .contains("\\\"$@\\\"");
        assertThat(Files.exists(Project.QUARKUS_APP.resolve("quarkus-run.jar"))).isTrue();
        assertThat(Project.read(Project.DOCKERFILE))
                .contains("-XX:MaxRAMPercentage=")
                .containsPattern("(?m)^ENV JAVA_OPTS=");
    }

    @Test
    void exposeShouldMatchTheHttpPort() {
        assertThat(dockerfile.exposed()).containsExactly(Integer.toString(Project.httpPort()));
    }

    @Test
    void theBuildContextShouldLetThePackagedApplicationThrough() {
        List<String> ignore = Project.read(Project.ROOT.resolve(".dockerignore"))
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(ignore).contains("*", "!target/quarkus-app/*");
    }

    private static List<Path> matches(String source) throws IOException {
        PathMatcher matcher = glob(source.replaceAll("/$", ""));
        try (Stream<Path> files = Files.walk(Project.QUARKUS_APP, 1)) {
            return files.map(Project.ROOT::relativize).filter(matcher::matches).toList();
        }
    }

    private static PathMatcher glob(String pattern) {
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    }
}
