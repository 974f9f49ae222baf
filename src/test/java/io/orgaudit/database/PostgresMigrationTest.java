package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The PostgreSQL migrations apply on a real server and make the tables H2's make, column for column. */
class PostgresMigrationTest {

    @Test
    void postgresqlGetsTheSameTablesAndColumnsAsH2() {
        DataSource postgres = PostgresServer.freshDatabase().dataSource();
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:h2-columns;DB_CLOSE_DELAY=-1", "sa", "");

        OrgauditMigrations.apply(postgres, "postgresql");
        OrgauditMigrations.apply(h2, "h2");

        List<String> onPostgres = columns(postgres, "public");
        assertThat(onPostgres).as("orgaudit's columns on PostgreSQL").contains("scan_run.accounts_listed_at YES",
                "scan_verdict.broken_link YES", "scan_lock.lock_name NO");
        assertThat(onPostgres).isEqualTo(columns(h2, "PUBLIC"));
        assertThat(new JdbcTemplate(postgres).queryForObject("SELECT max(version) FROM flyway_schema_history"
                + " WHERE success", String.class)).isEqualTo("2");
    }

    /** "table.column NULLABLE" of every orgaudit table (scan_*), in lower case, sorted. */
    private static List<String> columns(DataSource dataSource, String schema) {
        return new JdbcTemplate(dataSource).queryForList("SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ?", schema).stream()
                .map(row -> (row.get("TABLE_NAME") + "." + row.get("COLUMN_NAME") + " " + row.get("IS_NULLABLE"))
                        .toLowerCase(Locale.ROOT).replace(" yes", " YES").replace(" no", " NO"))
                .filter(column -> column.startsWith("scan_")).sorted().toList();
    }
}
