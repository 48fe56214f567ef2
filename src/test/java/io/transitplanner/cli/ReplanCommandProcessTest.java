package io.transitplanner.cli;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.service.PlanningService;
import io.transitplanner.testdata.Plans;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Sql;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch {@code replan} command as a separate process on the test class path, against the test database: killed
 * in the middle of its solve it leaves the published plan and every shipment as they were; two replans never run at
 * once.
 */
@QuarkusTest
class ReplanCommandProcessTest {
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Inject
    DataSource dataSource;

    @Inject
    PlanningService planning;

    @BeforeEach
    void publishAPlan() {
        Scenarios.load(Scenarios.SMALL);
    }

    @Test
    void shouldLeaveThePublishedPlanAndEveryShipmentAsTheyWereWhenKilledMidSolve() throws Exception {
        long published = Plans.solvedAndPublished("2s");
        String before = dump();

        Process replan = start("--time", "120s", "--now", "2012-08-24T00:00:00Z", "--publish");
        try {
            long id = awaitSolvingReplan(replan);
            replan.destroyForcibly();
            assertThat(replan.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(dump()).isEqualTo(before);
            assertThat(Plans.plan(published).getString("status")).isEqualTo("PUBLISHED");
            // The killed process's session is gone with its lock: a restarted service marks its plan FAILED.
            assertThat(planning.recoverUnfinished()).contains(id);
            assertThat(Plans.plan(id).getString("status")).isEqualTo("FAILED");
        } finally {
            replan.destroyForcibly();
        }
    }

    @Test
    void shouldRunOneReplanAtATime() throws Exception {
        long published = Plans.solvedAndPublished("2s");
        long plansBefore = count("select count(*) from plan");

        Process first = start("--time", "15s", "--now", "2012-08-24T00:00:00Z");
        try {
            long id = awaitSolvingReplan(first);
            given().auth()
                    .oauth2(Tokens.planner())
                    .contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .post("/api/plans/replan")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("another replan is running"));
            Process second = start("--time", "5s", "--now", "2012-08-24T00:00:00Z");
            assertThat(second.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(ReplanCommand.LOCKED);
            assertThat(errors(second)).contains("another replan is running");

            assertThat(first.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            String out = output(first);
            assertThat(first.exitValue()).as(out + errors(first)).isZero();
            assertThat(out).contains("score ").contains("moved").contains("newly planned");
            assertThat(count("select count(*) from plan")).isEqualTo(plansBefore + 1);
            assertThat(Plans.plan(id).getString("status")).isEqualTo("READY");
            assertThat(Plans.plan(id).getLong("parentId")).isEqualTo(published);
            assertThat(Plans.plan(published).getString("status")).isEqualTo("PUBLISHED");
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void shouldExitOneWithoutAPublishedPlan() throws Exception {
        Plans.retirePublished(dataSource);
        Process replan = start("--time", "2s");
        assertThat(replan.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(replan.exitValue()).isEqualTo(ReplanCommand.NO_PUBLISHED_PLAN);
        assertThat(errors(replan)).contains("no published plan");
    }

    // ---------------------------------------------------------------- helpers

    /** The command on the test class path, with the test database in its environment. */
    private Process start(String... options) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "replan"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DB_URL", dbUrl());
        builder.environment().putIfAbsent("DB_USER", "postgres");
        Path out = Files.createTempFile("replan", ".out");
        Path err = Files.createTempFile("replan", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        processLogs.put(process, new Path[] {out, err});
        return process;
    }

    private final java.util.Map<Process, Path[]> processLogs = new java.util.HashMap<>();

    private String output(Process p) throws IOException {
        return Files.readString(processLogs.get(p)[0], StandardCharsets.UTF_8);
    }

    private String errors(Process p) throws IOException {
        return Files.readString(processLogs.get(p)[1], StandardCharsets.UTF_8);
    }

    private static String dbUrl() {
        return Optional.ofNullable(System.getenv("DB_URL")).orElse("jdbc:postgresql://127.0.0.1:5432/test");
    }

    /** Waits until the process's replan is SOLVING in the database; returns its plan id. */
    private long awaitSolvingReplan(Process process) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long id = count("select coalesce(max(id), -1) from plan where kind = 'REPLAN' and status = 'SOLVING'");
            if (id > 0) {
                return id;
            }
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the replan ended before it solved (exit " + process.exitValue() + "): " + errors(process));
            }
            Plans.sleep(100);
        }
        throw new AssertionError("no replan was SOLVING after " + PATIENCE);
    }

    private long count(String sql) throws SQLException {
        return Sql.value(dataSource, sql);
    }

    /** Every row of the plans that existed, their assignments and legs, and every shipment, as text. */
    private String dump() throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String sql : List.of(
                "select id, version_number, status, kind, score_hard, score_medium, score_soft, kpis::text,"
                        + " updated_at, published_at from plan where kind = 'SOLVE' order by id",
                "select a.* from plan_assignment a join plan p on p.id = a.plan_id where p.kind = 'SOLVE'"
                        + " order by plan_id, shipment_id",
                "select l.* from plan_leg l join plan p on p.id = l.plan_id where p.kind = 'SOLVE'"
                        + " order by plan_id, shipment_id, seq",
                "select * from shipment order by id",
                "select * from pinned_leg order by shipment_id, seq")) {
            try (Connection c = dataSource.getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        text.append(meta.getColumnName(i))
                                .append('=')
                                .append(rs.getString(i))
                                .append(' ');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
