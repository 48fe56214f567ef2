package io.transitplanner.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the build and the configuration of this checkout say, read from its files: the deployment tests compare the
 * manifests and the image recipe with these facts, never with copies of them.
 */
final class Project {
    /** Maven runs tests in the project's directory. */
    static final Path ROOT = Path.of("").toAbsolutePath();

    static final Path K8S = ROOT.resolve("k8s");
    static final Path DOCKERFILE = ROOT.resolve("src/main/docker/Dockerfile.jvm");
    static final Path QUARKUS_APP = ROOT.resolve("target/quarkus-app");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(:[^}]*)?}");

    private Project() {}

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** application.properties as written, profile prefixes included. */
    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A property as the prod profile sees it: its %prod value, else its unprofiled one, else the fallback. */
    static String prodProperty(String key, String fallback) {
        Properties properties = applicationProperties();
        return properties.getProperty("%prod." + key, properties.getProperty(key, fallback));
    }

    /** The HTTP port of the service in prod (Quarkus's default 8080 unless configured). */
    static int httpPort() {
        return Integer.parseInt(prodProperty("quarkus.http.port", "8080"));
    }

    /** Every ${VAR} of application.properties, with whether the prod profile needs it (used there with no default). */
    static Map<String, Boolean> environmentReferences() {
        Map<String, Boolean> required = new LinkedHashMap<>();
        Properties properties = applicationProperties();
        for (String key : properties.stringPropertyNames()) {
            boolean prod = !key.startsWith("%") || key.startsWith("%prod.");
            Matcher m = VARIABLE.matcher(properties.getProperty(key));
            while (m.find()) {
                boolean needed = prod && m.group(2) == null;
                required.merge(m.group(1), needed, Boolean::logicalOr);
            }
        }
        return required;
    }

    /** The environment form of every property of application.properties (SmallRye maps QUARKUS_HTTP_PORT so). */
    static Set<String> propertyEnvironmentNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String key : applicationProperties().stringPropertyNames()) {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            names.add(plain.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
        }
        return names;
    }

    /** The environment variables the image's entrypoint reads ($JAVA_OPTS). */
    static Set<String> entrypointVariables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)")
                .matcher(Dockerfile.parse().entrypoint());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** {@code artifactId:version} of the pom: the tag the README's build command gives the image. */
    static String buildImage() {
        String pom = read(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("no artifactId and version in pom.xml");
        }
        return m.group(1) + ":" + m.group(2);
    }

    /** The -t of the README's `docker build` command: where users learn the image's name. */
    static String readmeImage() {
        Matcher m = Pattern.compile("docker build -f src/main/docker/Dockerfile\\.jvm -t (\\S+) \\.")
                .matcher(read(ROOT.resolve("README.md")));
        if (!m.find()) {
            throw new IllegalStateException("README.md has no `docker build -f src/main/docker/Dockerfile.jvm -t ...`");
        }
        return m.group(1);
    }

    /**
     * The commands the jar lists in its usage text (Main.usage()), each with its usage line: a line indented by a few
     * spaces that starts with the command. The deeper indented lines below a command explain it and are no command,
     * whatever word they start with (such as "replan from the published plan").
     */
    static Map<String, String> jarCommands() {
        String usage;
        try {
            Method method = Class.forName("io.transitplanner.cli.Main").getDeclaredMethod("usage");
            method.setAccessible(true);
            usage = (String) method.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Main.usage()", e);
        }
        Map<String, String> commands = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^ {1,4}(?:\\(no command\\) \\| )?([a-z][a-z-]*)\\b(.*)$")
                .matcher(usage);
        while (m.find()) {
            commands.putIfAbsent(m.group(1), m.group(0).strip());
        }
        return commands;
    }
}
