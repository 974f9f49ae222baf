package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/** The pool holds a connection for every account in flight, but opens them as the workers need them. */
class ConnectionPoolSizingTest {

    @Test
    void sizesThePoolToTheConcurrencyAndKeepsFewConnectionsIdle() {
        HikariDataSource pool = new HikariDataSource();

        new ConnectionPoolSizing(64).postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getMaximumPoolSize()).isEqualTo(70);
        assertThat(pool.getMinimumIdle()).isEqualTo(6);
    }

    @Test
    void keepsWhatTheOperatorConfigured() {
        HikariDataSource pool = new HikariDataSource();
        pool.setMaximumPoolSize(200);
        pool.setMinimumIdle(50);

        new ConnectionPoolSizing(64).postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getMaximumPoolSize()).isEqualTo(200);
        assertThat(pool.getMinimumIdle()).isEqualTo(50);
    }
}
