package io.orgaudit.job;

import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Each account partition holds a database connection while its chunk's transaction is open, and the chunk's
 * AWS calls run inside it: a pool smaller than the concurrency caps the accounts in flight at the pool size
 * (Hikari's default is 10). Sizes the pool to the concurrency plus room for the job repository and the lock.
 */
final class ConnectionPoolSizing implements BeanPostProcessor {

    private static final int HEADROOM = 6;

    private final int concurrency;

    /** @param concurrency orgaudit.concurrency, read from the environment: post-processors come before settings */
    ConnectionPoolSizing(int concurrency) {
        this.concurrency = concurrency;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            int needed = Math.max(1, concurrency) + HEADROOM;
            if (pool.getMaximumPoolSize() < needed) {
                pool.setMaximumPoolSize(needed);
            }
        }
        return bean;
    }
}
