package io.orgaudit.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How orgaudit opens its database. */
@Configuration(proxyBeanMethods = false)
class DatabaseBeans {

    /** Static: a post-processor of the data source must exist before it. */
    @Bean
    static H2CrashSafety h2CrashSafety() {
        return new H2CrashSafety();
    }
}
