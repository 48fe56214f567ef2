package io.transitplanner.service;

import static io.restassured.RestAssured.given;
import static io.transitplanner.testdata.ShipmentFixtures.aShipment;
import static io.transitplanner.testdata.ShipmentFixtures.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.transitplanner.persistence.TableStatistics;
import io.transitplanner.testdata.Scenarios;
import io.transitplanner.testdata.Sql;
import io.transitplanner.testdata.Tokens;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** After a bulk upload changes a tenth of the shipments, the next refresh analyzes the table, and only then. */
@QuarkusTest
class TableStatisticsTest {
    @Inject
    TableStatistics statistics;

    @Inject
    DataSource dataSource;

    @Test
    void shouldAnalyzeTheShipmentsAfterABulkUploadAndNotAgainUntilTheyChange() throws Exception {
        Scenarios.load(Scenarios.SMALL);
        // the import's own changes reach the statistics within a few seconds: analyze until none is left
        long deadline = System.currentTimeMillis() + 30_000;
        do {
            assertThat(System.currentTimeMillis()).as("statistics settled").isLessThan(deadline);
            execute("analyze shipment");
            Thread.sleep(1500);
        } while (modifiedSinceAnalyze() > 0);
        assertThat(statistics.refreshStale()).as("nothing changed since").doesNotContain("shipment");

        long live = value("select n_live_tup from pg_stat_user_tables where relname = 'shipment'");
        int rows = (int) Math.min(10_000, Math.max(200, live / 5 + 100));
        List<Map<String, Object>> upload = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            upload.add(aShipment(uniqueReference("ST"), "GB"));
        }
        given().auth()
                .oauth2(Tokens.planner())
                .contentType(ContentType.JSON)
                .body(upload)
                .when()
                .post("/api/shipments/bulk")
                .then()
                .statusCode(201);
        deadline = System.currentTimeMillis() + 30_000;
        while (modifiedSinceAnalyze() < rows) {
            assertThat(System.currentTimeMillis())
                    .as("the upload reached the statistics")
                    .isLessThan(deadline);
            Thread.sleep(500);
        }

        assertThat(statistics.refreshStale()).contains("shipment");
        assertThat(modifiedSinceAnalyze()).isZero();
        assertThat(value("select count(*) from pg_stat_user_tables where relname = 'shipment'"
                        + " and coalesce(last_analyze, last_autoanalyze) > now() - interval '1 minute'"))
                .isEqualTo(1);
    }

    /** Rows changed since the last analysis, as PostgreSQL publishes it (about a second after a transaction). */
    private long modifiedSinceAnalyze() throws SQLException {
        return value("select n_mod_since_analyze from pg_stat_user_tables where relname = 'shipment'");
    }

    private void execute(String sql) throws SQLException {
        Sql.execute(dataSource, sql);
    }

    private long value(String sql) throws SQLException {
        return Sql.value(dataSource, sql);
    }
}
