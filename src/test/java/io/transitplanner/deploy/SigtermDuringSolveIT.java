package io.transitplanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A pod stopped in the middle of a long solve (a rolling update, a drain): the packaged jar in the prod profile gets
 * SIGTERM while it solves the NDN scenario, exits with status 0 within the pod's grace period, and leaves the plan
 * READY with its best solution so far (or FAILED with a reason), never SOLVING. Every log line of the solve, the
 * solver's own included, carries the plan's id.
 */
class SigtermDuringSolveIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The machine running the tests may be shared and slow. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Test
    void shouldSaveTheBestPlanSoFarAndExitZeroOnSigtermDuringASolve() throws Exception {
        try (PackagedApplication app = PackagedApplication.start("sigterm-during-solve")) {
            assertThat(app.awaitReady(Duration.ofMinutes(3)))
                    .as("ready; output:\n%s", app.output())
                    .isTrue();
            String admin = app.token("admin-it", Set.of("admin"), null);
            String officer = app.token("officer-gb-it", Set.of("officer"), "GB");
            String planner = app.token("planner-it", Set.of("planner"), null);

            assertThat(app.send("POST", "/api/scenario/default", admin, null).statusCode())
                    .isEqualTo(200);
            for (int i = 1; i <= 3; i++) {
                HttpResponse<String> submitted = app.send(
                        "POST",
                        "/api/shipments",
                        officer,
                        """
                        {"reference": "GB-SIGTERM-%d", "origin": "BAS", "destination": "HGB", "cargoClass": "GENERAL",
                         "teu": 2, "weightTons": 18.5, "availableAt": "2012-09-0%dT00:00:00Z",
                         "dueAt": "2012-10-15T00:00:00Z", "priority": 3}
                        """
                                .formatted(i, i));
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            }

            HttpResponse<String> started = app.send("POST", "/api/plans", planner, "{\"timeLimit\": \"PT120S\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            int shipments = plan(app, planner, id).path("shipments").asInt();
            assertThat(shipments).as("NDN's shipments and the three submitted").isGreaterThan(3);

            awaitSolvingWithABestScore(app, planner, id);

            Deployment api = Manifests.find(Manifests.objects(), Deployment.class, "transit-planner")
                    .orElseThrow();
            Duration grace =
                    Duration.ofSeconds(api.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds());
            Instant sent = Instant.now();
            app.terminate();
            assertThat(app.awaitExit(grace))
                    .as("exit status within %s; output:\n%s", grace, app.output())
                    .isZero();
            System.out.printf("SIGTERM during a solve: exited 0 after %s%n", Duration.between(sent, Instant.now()));

            Stored stored = stored(id);
            assertThat(stored.status()).as("plan %d after SIGTERM", id).isIn("READY", "FAILED");
            if (stored.status().equals("READY")) {
                assertThat(stored.scoreHard()).as("a best score is saved").isNotNull();
                assertThat(stored.assignments())
                        .as("one assignment per shipment")
                        .isEqualTo(shipments);
                assertThat(stored.progressPoints()).isPositive();
            } else {
                assertThat(stored.failureReason()).isNotBlank();
            }
            assertThat(stored.status())
                    .as("the grace was enough to save; output:\n%s", app.output())
                    .isEqualTo("READY");

            List<JsonNode> lines = jsonLines(app.output());
            List<JsonNode> solver = lines.stream()
                    .filter(l -> l.path("loggerName").asText().startsWith("org.optaplanner"))
                    .toList();
            assertThat(solver).as("OptaPlanner's own log lines").isNotEmpty();
            assertThat(solver).as("OptaPlanner's lines carry the plan id").allSatisfy(l -> assertThat(
                            l.path("mdc").path("planId").asText())
                    .as(l.toString())
                    .isEqualTo(Long.toString(id)));
            assertThat(lines.stream()
                            .filter(l -> l.path("message").asText().startsWith("plan " + id + ": READY"))
                            .toList())
                    .as("the final save's line")
                    .singleElement()
                    .satisfies(l ->
                            assertThat(l.path("mdc").path("planId").asText()).isEqualTo(Long.toString(id)));
        }
    }

    private static void awaitSolvingWithABestScore(PackagedApplication app, String planner, long id) throws Exception {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            JsonNode plan = plan(app, planner, id);
            String status = plan.path("status").asText();
            assertThat(status)
                    .as("plan %d while waiting for its first best score", id)
                    .isIn("DRAFT", "SOLVING");
            if (status.equals("SOLVING")) {
                HttpResponse<String> progress = app.get("/api/plans/" + id + "/progress", planner);
                if (!JSON.readTree(progress.body()).path("points").isEmpty()) {
                    return;
                }
            }
            assertThat(Instant.now())
                    .as("a best score stored within %s", PATIENCE)
                    .isBefore(end);
            Thread.sleep(500);
        }
    }

    private static JsonNode plan(PackagedApplication app, String planner, long id) throws Exception {
        HttpResponse<String> response = app.get("/api/plans/" + id, planner);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The plan as the database holds it, read past the service. */
    record Stored(String status, String failureReason, Long scoreHard, int assignments, int progressPoints) {}

    static Stored stored(long id) throws Exception {
        try (Connection c = Database.connect();
                PreparedStatement st = c.prepareStatement("select status, failure_reason, score_hard,"
                        + " (select count(*) from plan_assignment a where a.plan_id = p.id),"
                        + " (select count(*) from plan_progress g where g.plan_id = p.id)"
                        + " from plan p where p.id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("plan %d stored", id).isTrue();
                String status = rs.getString(1);
                String reason = rs.getString(2);
                long hard = rs.getLong(3);
                Long scoreHard = rs.wasNull() ? null : hard;
                return new Stored(status, reason, scoreHard, rs.getInt(4), rs.getInt(5));
            }
        }
    }

    private static List<JsonNode> jsonLines(String output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith("{")) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception e) {
                    // a line that merely starts with a brace
                }
            }
        }
        return lines;
    }

    /** The database of this checkout, as the packaged jar reaches it (DB_URL, DB_USER, DB_PASSWORD). */
    static final class Database {
        private Database() {}

        static Connection connect() throws Exception {
            return DriverManager.getConnection(
                    System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    System.getenv().getOrDefault("DB_USER", "postgres"),
                    System.getenv().getOrDefault("DB_PASSWORD", ""));
        }
    }
}
