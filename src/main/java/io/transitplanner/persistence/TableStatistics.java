package io.transitplanner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Keeps PostgreSQL's planner statistics of the service's tables current. The listings pick their index from these
 * statistics: a table loaded by bulk uploads or an import and never analyzed is estimated at a few hundred rows, and
 * a filtered listing then sorts thousands of rows for every page instead of reading 51 from an index. Autovacuum does
 * this on most servers, but it can be off, or lag behind a bulk load; this uses its own rule (a table is analyzed
 * again once 50 rows plus a tenth of it changed since its last analysis), so with autovacuum on it rarely has
 * anything left to do.
 */
@ApplicationScoped
public class TableStatistics {
    private static final String STALE = "select relname from pg_stat_user_tables"
            + " where schemaname = current_schema() and n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)"
            + " and relname <> 'flyway_schema_history' order by relname";

    private final DataSource dataSource;

    TableStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Analyzes every table of the schema whose statistics are stale; returns their names. */
    public List<String> refreshStale() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(STALE);
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    st.execute("analyze \"" + table.replace("\"", "\"\"") + "\"");
                }
            }
        }
        return tables;
    }
}
