package io.orgaudit.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database as a newer orgaudit would leave it (an H2 file, or any database of a vendor with migrations): this orgaudit's tables, then a version 3 that added a table and a
 * successful row for it in Flyway's history, which this orgaudit does not carry.
 */
public final class NewerSchemaDatabase {

    private NewerSchemaDatabase() {
    }

    /** @param name the file's name without .mv.db; @return its JDBC URL, the database closed again */
    public static String create(Path name) {
        String url = "jdbc:h2:file:" + name;
        makeNewer(new DriverManagerDataSource(url, "sa", ""), "h2");
        return url;
    }

    /** This orgaudit's tables on an empty database of that vendor ("h2", "postgresql"), then a newer version 3. */
    public static void makeNewer(DataSource dataSource, String vendor) {
        OrgauditMigrations.apply(dataSource, vendor);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE scan_owner (account_id VARCHAR(12) NOT NULL PRIMARY KEY, owner VARCHAR(200))");
        int rank = jdbc.queryForObject("SELECT MAX(\"installed_rank\") + 1 FROM \"flyway_schema_history\"", Integer.class);
        jdbc.update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (?, '3', 'account owners', 'SQL', 'V3__account_owners.sql', 12345, 'sa', 7, TRUE)", rank);
    }
}
