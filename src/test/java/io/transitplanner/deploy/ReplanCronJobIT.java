package io.transitplanner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The replan CronJob's command, end to end, once: with a plan solved and published over the API of the packaged jar,
 * the same jar run with the CronJob's arguments (a shorter solve) and a pod's environment replans from it, exits 0
 * and leaves a new PUBLISHED plan that supersedes the old one.
 */
class ReplanCronJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Test
    void theCronJobsCommandShouldReplanAndPublish() throws Exception {
        // The dev overlay's settings: the 2012 scenario is replanned as of a 2012 instant.
        ConfigMap dev = Manifests.read(Project.ROOT.resolve("k8s/overlays/dev/configmap.yaml")).stream()
                .map(Manifests.Manifest::object)
                .filter(ConfigMap.class::isInstance)
                .map(ConfigMap.class::cast)
                .findFirst()
                .orElseThrow();
        Map<String, String> now =
                Map.of("TRANSIT_PLANNER_PLANNING_NOW", dev.getData().get("TRANSIT_PLANNER_PLANNING_NOW"));
        long published;
        try (PackagedApplication app = PackagedApplication.start("replan-cronjob-api", now)) {
            assertThat(app.awaitReady(Duration.ofMinutes(3)))
                    .as("ready; output:\n%s", app.output())
                    .isTrue();
            String admin = app.token("admin-it", Set.of("admin"), null);
            String planner = app.token("planner-it", Set.of("planner"), null);
            assertThat(app.send("POST", "/api/scenario/default", admin, null).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> started = app.send("POST", "/api/plans", planner, "{\"timeLimit\": \"PT10S\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            published = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            awaitStatus(app, planner, published, "READY");
            HttpResponse<String> publish = app.send("POST", "/api/plans/" + published + "/publish", planner, null);
            assertThat(publish.statusCode()).as(publish.body()).isEqualTo(200);
            app.terminate();
            assertThat(app.awaitExit(Duration.ofSeconds(90))).isZero();
        }

        CronJob cron = Manifests.find(Manifests.objects(), CronJob.class, "transit-planner-replan")
                .orElseThrow();
        List<String> args = new ArrayList<>(cron.getSpec()
                .getJobTemplate()
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getArgs());
        args.set(args.indexOf("--time") + 1, "10s");
        assertThat(args)
                .as("the CronJob's command, with a 10 s solve")
                .containsExactly("replan", "--time", "10s", "--publish");

        PackagedApplication.Finished replan =
                PackagedApplication.command("replan-cronjob-command", now, PATIENCE, args.toArray(String[]::new));

        assertThat(replan.status())
                .as("exit status; output:\n%s", replan.output())
                .isZero();
        assertThat(replan.output()).contains("PUBLISHED").contains("verifier    valid");
        try (Connection c = SigtermDuringSolveIT.Database.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select id, kind, parent_id, created_by from plan where status = 'PUBLISHED'")) {
            assertThat(rs.next()).as("a published plan").isTrue();
            assertThat(rs.getLong("id")).as("a new published plan").isNotEqualTo(published);
            assertThat(rs.getString("kind")).isEqualTo("REPLAN");
            assertThat(rs.getLong("parent_id")).isEqualTo(published);
            assertThat(rs.getString("created_by")).startsWith("replan-command");
            assertThat(rs.next()).as("only one").isFalse();
        }
        assertThat(SigtermDuringSolveIT.stored(published).status()).isEqualTo("SUPERSEDED");
    }

    private static void awaitStatus(PackagedApplication app, String planner, long id, String wanted) throws Exception {
        Instant end = Instant.now().plus(PATIENCE);
        while (true) {
            HttpResponse<String> response = app.get("/api/plans/" + id, planner);
            JsonNode plan = JSON.readTree(response.body());
            String status = plan.path("status").asText();
            if (status.equals(wanted)) {
                return;
            }
            assertThat(status)
                    .as("plan %d: %s", id, plan.path("failureReason").asText())
                    .isNotEqualTo("FAILED");
            assertThat(Instant.now())
                    .as("plan %d %s within %s", id, wanted, PATIENCE)
                    .isBefore(end);
            Thread.sleep(500);
        }
    }
}
