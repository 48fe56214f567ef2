package io.transitplanner.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar (target/quarkus-app/quarkus-run.jar) run as a pod runs it: prod profile, the base ConfigMap's
 * variables, and a test Secret (the database of this checkout, a freshly generated issuer key, an issuer name). Only
 * the HTTP port differs (a free one instead of 8080), so that checkouts on one machine do not collide.
 */
final class PackagedApplication implements AutoCloseable {
    static final String ISSUER = "https://issuer.packaged-application.test";

    final int port;
    final KeyPair issuerKey;
    final Path log;
    private final Process process;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedApplication(int port, KeyPair issuerKey, Path log, Process process) {
        this.port = port;
        this.issuerKey = issuerKey;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar; its console output goes to target/failsafe-reports/NAME.log. */
    static PackagedApplication start(String name) throws IOException {
        return start(name, Map.of());
    }

    /** Starts the jar with these variables besides a pod's (as a ConfigMap of an overlay would add them). */
    static PackagedApplication start(String name, Map<String, String> variables) throws IOException {
        Path dir = Files.createDirectories(Project.ROOT.resolve("target/failsafe-reports"));
        KeyPair key = rsaKeyPair();
        int port = freePort();
        Map<String, String> env = podEnvironment(dir, name, key);
        env.putAll(variables);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Path log = dir.resolve(name + ".log");
        return new PackagedApplication(port, key, log, process(env, log).start());
    }

    /**
     * Runs a command of the jar as a Job's container runs it (the pod's variables and these), to its end or the
     * limit; its console output goes to target/failsafe-reports/NAME.log.
     */
    static Finished command(String name, Map<String, String> variables, Duration limit, String... args)
            throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Project.ROOT.resolve("target/failsafe-reports"));
        Map<String, String> env = podEnvironment(dir, name, rsaKeyPair());
        env.putAll(variables);
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = process(env, log);
        builder.command().addAll(List.of(args));
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return new Finished(null, Files.readString(log));
        }
        return new Finished(process.exitValue(), Files.readString(log));
    }

    /** How a command ended: its exit status (null: still running at the limit, then killed) and its output. */
    record Finished(Integer status, String output) {}

    /** The variables of a pod: the base ConfigMap's and the test Secret's, the issuer's key where its volume is. */
    private static Map<String, String> podEnvironment(Path dir, String name, KeyPair key) throws IOException {
        Path publicKey = dir.resolve(name + "-issuer-public.pem");
        Files.writeString(publicKey, pem(key));
        Map<String, String> env = new LinkedHashMap<>();
        ConfigMap configMap = Manifests.find(Manifests.objects(), ConfigMap.class, "transit-planner")
                .orElseThrow();
        env.putAll(configMap.getData());
        // The test Secret, and the key file where the pod would have the Secret's volume.
        env.put("DB_URL", System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        env.put("DB_USER", System.getenv().getOrDefault("DB_USER", "postgres"));
        env.put("DB_PASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "unused-with-trust-authentication"));
        env.put("JWT_ISSUER", ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
        return env;
    }

    private static ProcessBuilder process(Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:MaxRAMPercentage=25",
                        "-jar",
                        Project.QUARKUS_APP.resolve("quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("JWT_"));
        builder.environment().putAll(env);
        return builder;
    }

    /** Waits until readiness answers 200 (database reachable, migrated); false if the process died or time ran out. */
    boolean awaitReady(Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end) && process.isAlive()) {
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        return get(path, bearer, "*/*");
    }

    HttpResponse<String> get(String path, String bearer, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(10));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a JSON body (or none), as a client of the API sends it. */
    HttpResponse<String> send(String method, String path, String bearer, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token of the configured issuer for this subject, roles and nation (null: none). */
    String token(String subject, Set<String> roles, String nation) {
        var claims = Jwt.issuer(ISSUER).upn(subject).groups(roles).expiresIn(3600);
        if (nation != null) {
            claims.claim("nation", nation);
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(issuerKey.getPrivate());
    }

    /** Sends SIGTERM, as the kubelet does to stop a pod. */
    void terminate() {
        process.destroy();
    }

    /** The exit status, or null if the process still runs after the limit. */
    Integer awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair key) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
