package io.transitplanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar in the prod profile with the environment of a pod: it becomes ready, serves the API to a token of
 * the configured issuer, Prometheus metrics and the OpenAPI document, logs JSON, and on SIGTERM stops with status 0
 * within the pod's grace period. A test that needs a fresh instance (SIGTERM during a solve) starts its own with
 * {@link PackagedApplication#start}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedApplicationIT {
    private PackagedApplication app;

    @BeforeAll
    void start() throws Exception {
        app = PackagedApplication.start("packaged-application");
        assertThat(app.awaitReady(Duration.ofMinutes(2)))
                .as("ready within 2 minutes; output:\n%s", app.output())
                .isTrue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void shouldBeReadyWithTheDatabaseAndServeTheApiToTheConfiguredIssuer() throws Exception {
        HttpResponse<String> ready = app.get("/q/health/ready", null);
        assertThat(ready.body()).contains("\"status\": \"UP\"").contains("Database");

        String token = Jwt.issuer(PackagedApplication.ISSUER)
                .upn("planner-it")
                .groups(Set.of("planner"))
                .expiresIn(300)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(app.issuerKey.getPrivate());
        assertThat(app.get("/api/shipments", token).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/shipments", null).statusCode()).isEqualTo(401);
        assertThat(app.get("/q/openapi", null).statusCode())
                .as("OpenAPI served in prod")
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void shouldServePrometheusMetrics() throws Exception {
        // The Prometheus text format, as a scraper asks for it (OpenMetrics is served to those that prefer it).
        HttpResponse<String> metrics = app.get("/q/metrics", null, "text/plain; version=0.0.4");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("# TYPE transit_planner_shipments gauge")
                // (the 0.0.4 text format ends label sets with a comma)
                .containsPattern("transit_planner_plans\\{status=\"PUBLISHED\",?}")
                .containsPattern("transit_planner_solves_total\\{outcome=\"finished\",?}")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/shipments\"")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    @Order(3)
    void shouldLogJsonInProd() {
        String firstLine = app.output()
                .lines()
                .filter(l -> l.contains("Installed features"))
                .findFirst()
                .orElseThrow();
        assertThat(firstLine).startsWith("{").contains("\"level\":\"INFO\"").contains("\"mdc\"");
    }

    @Test
    @Order(99)
    void shouldStopWithStatusZeroWithinTheGracePeriodOnSigterm() throws Exception {
        Deployment api = Manifests.find(Manifests.objects(), Deployment.class, "transit-planner")
                .orElseThrow();
        Duration grace =
                Duration.ofSeconds(api.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds());
        app.terminate();
        assertThat(app.awaitExit(grace))
                .as("exit status within %s; output:\n%s", grace, app.output())
                .isZero();
        assertThat(app.output()).contains("stopped in");
    }
}
