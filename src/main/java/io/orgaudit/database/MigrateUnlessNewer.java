package io.orgaudit.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

import io.orgaudit.settings.InvalidSettingsException;

/**
 * Migrates orgaudit's tables at start-up, unless a newer orgaudit has already migrated the database further: then
 * nothing is migrated and start-up stops with one line (exit 2). For an H2 file {@link DatabaseFileGuard} has
 * refused such a database earlier, untouched; this covers PostgreSQL and any other database.
 */
final class MigrateUnlessNewer implements FlywayMigrationStrategy {

    private final String url;

    MigrateUnlessNewer(String url) {
        this.url = url;
    }

    @Override
    public void migrate(Flyway flyway) {
        NewerSchema.problem(flyway.info(), url).ifPresent(problem -> {
            throw new InvalidSettingsException(DatabaseFileGuard.URL_SETTING + ": " + problem);
        });
        flyway.migrate();
    }
}
