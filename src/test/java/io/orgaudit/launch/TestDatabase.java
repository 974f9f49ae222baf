package io.orgaudit.launch;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.orgaudit.database.PostgresServer;

/**
 * Where a test's runs keep their data: an H2 file of their own, or a fresh database on the test PostgreSQL server.
 * Either is handed to orgaudit the way a user points it at a database, as SPRING_DATASOURCE_* environment
 * variables (README, k8s/overlays/postgresql), so the same test runs the same command against both.
 */
record TestDatabase(String name, String url, String user, String password) {

    static final String H2 = "H2";
    static final String POSTGRESQL = "PostgreSQL";

    /** @param kind {@link #H2} (a file under dir) or {@link #POSTGRESQL} */
    static TestDatabase of(String kind, Path dir) {
        return kind.equals(POSTGRESQL) ? postgresql() : h2(dir);
    }

    static TestDatabase h2(Path dir) {
        return new TestDatabase(H2, "jdbc:h2:file:" + dir.resolve("db/orgaudit"), "sa", "");
    }

    /** A new empty database; skipped when the server cannot start, failed instead under CI=true. */
    static TestDatabase postgresql() {
        PostgresServer.Database database = PostgresServer.freshDatabase();
        return new TestDatabase(POSTGRESQL, database.jdbcUrl(), database.user(), database.password());
    }

    Map<String, String> environment() {
        return Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", password);
    }

    /** A connection per statement: for H2, open it only while no orgaudit process has the file. */
    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, password));
    }

    @Override
    public String toString() {
        return name;
    }
}
