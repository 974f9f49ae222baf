package io.orgaudit.database;

import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * orgaudit's tables made the way the application makes them: Flyway with the {@code spring.flyway.*} settings of
 * application.yml, for a test that needs the tables without starting orgaudit.
 */
public final class OrgauditMigrations {

    private OrgauditMigrations() {
    }

    /** @param vendor the folder under db/migration: "h2" or "postgresql" (what Boot puts for {vendor}) */
    public static void apply(DataSource dataSource, String vendor) {
        Properties settings = applicationSettings();
        Flyway.configure().dataSource(dataSource)
                .locations(settings.getProperty("spring.flyway.locations").replace("{vendor}", vendor))
                .baselineOnMigrate(Boolean.parseBoolean(settings.getProperty("spring.flyway.baseline-on-migrate")))
                .baselineVersion(settings.getProperty("spring.flyway.baseline-version"))
                .load().migrate();
    }

    private static Properties applicationSettings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
