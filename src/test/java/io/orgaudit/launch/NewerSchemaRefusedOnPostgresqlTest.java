package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.orgaudit.database.NewerSchemaDatabase;

/**
 * On PostgreSQL the check is Flyway's, in the context (an H2 file is checked before it): an older orgaudit on a
 * database a newer one has migrated stops with the same one line and exit 2, and changes nothing.
 */
class NewerSchemaRefusedOnPostgresqlTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaNewerThanThisOrgauditsIsRefusedOnPostgresqlAndNothingChanges() {
        TestDatabase database = TestDatabase.postgresql();
        NewerSchemaDatabase.makeNewer(new DriverManagerDataSource(database.url(), database.user(),
                database.password()), "postgresql");
        JdbcTemplate jdbc = database.jdbc();
        List<String> before = tablesAndHistory(jdbc);

        InProcessRun.Outcome outcome = InProcessRun.run(database.environment(),
                List.of("--orgaudit.output.directory=" + dir.resolve("reports")));

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.log())).isEqualTo(ScanResult.INVALID_CONFIGURATION);
        assertThat(outcome.problemLines()).containsExactly("orgaudit: spring.datasource.url: the database "
                + database.url() + " has schema version 3, newer than this orgaudit's 2: run the newer orgaudit, or"
                + " point spring.datasource.url at another database");
        assertThat(tablesAndHistory(jdbc)).as("tables and Flyway's history").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scan_run", Integer.class)).isZero();
        // the output folder is checked (and made) at start-up, before the database is reached: it stays empty
        assertThat(dir.resolve("reports")).isEmptyDirectory();
    }

    private static List<String> tablesAndHistory(JdbcTemplate jdbc) {
        List<String> state = new java.util.ArrayList<>(jdbc.queryForList("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' ORDER BY table_name", String.class));
        state.addAll(jdbc.queryForList("SELECT installed_rank || ' ' || COALESCE(version, '-') || ' ' || success "
                + "FROM flyway_schema_history ORDER BY installed_rank", String.class));
        return state;
    }
}
