package io.orgaudit.database;

import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Each account's worker takes a database connection to record its scan (evidence, state and verdicts in one
 * transaction), up to {@code orgaudit.concurrency} at once: a smaller pool (Hikari's default is 10) makes finished
 * accounts queue for a connection. Sizes the pool to the concurrency plus room for the steps' own transactions, the
 * job repository and the lock.
 */
final class ConnectionPoolSizing implements BeanPostProcessor {

    private static final int HEADROOM = 6;

    private final int concurrency;

    /** @param concurrency orgaudit.concurrency, 1 to 1024 (checked at start-up) */
    ConnectionPoolSizing(int concurrency) {
        this.concurrency = concurrency;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            int needed = concurrency + HEADROOM;
            if (pool.getMaximumPoolSize() < needed) {
                pool.setMaximumPoolSize(needed);
            }
            if (pool.getMinimumIdle() < 0) {
                // Unset, Hikari opens the whole pool at start in the background: a short run (the demo, a
                // refused start) then ends while connections are still being opened and Hikari warns at shutdown;
                // a shared PostgreSQL would also hold idle connections for nothing. Open them as workers need them.
                pool.setMinimumIdle(HEADROOM);
            }
        }
        return bean;
    }
}
