package io.orgaudit.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.orgaudit.database.OrgauditMigrations;

/** orgaudit's tables in a fresh in-memory H2 database of their own, for a test of the stores. */
final class InMemoryTables {

    private InMemoryTables() {
    }

    static JdbcTemplate create() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        OrgauditMigrations.apply(dataSource, "h2");
        return new JdbcTemplate(dataSource);
    }
}
