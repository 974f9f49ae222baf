package io.orgaudit.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.orgaudit.settings.SettingsBinding;

/** How orgaudit opens its database. */
@Configuration(proxyBeanMethods = false)
class DatabaseBeans {

    /** Static: a post-processor of the data source must exist before it. */
    @Bean
    static H2CrashSafety h2CrashSafety() {
        return new H2CrashSafety();
    }

    /** Static, for the same reason; it is built before the ScanSettings bean, so it does the same binding here. */
    @Bean
    static ConnectionPoolSizing connectionPoolSizing(Environment environment) {
        return new ConnectionPoolSizing(SettingsBinding.scanSettings(environment).concurrency());
    }

    /** Boot's Flyway runs orgaudit's migrations through this, which first refuses a schema newer than its own. */
    @Bean
    MigrateUnlessNewer migrateUnlessNewer(Environment environment) {
        return new MigrateUnlessNewer(environment.getProperty(DatabaseFileGuard.URL_SETTING, ""));
    }
}
