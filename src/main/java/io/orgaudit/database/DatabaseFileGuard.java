package io.orgaudit.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import io.orgaudit.settings.InvalidSettingsException;

/**
 * Refuses to start on an H2 database file that is damaged, cannot be written, or holds a schema newer than this
 * orgaudit's ({@link NewerSchemaInFile}), before anything opens it for writing: it runs once the configuration is
 * read (command line, environment, jobs files) and before the DataSource, Flyway or Spring Batch exist, for every
 * way orgaudit starts (registered in {@code META-INF/spring.factories}).
 * A file that does not exist yet is a new database and passes.
 */
public final class DatabaseFileGuard implements EnvironmentPostProcessor, Ordered {

    static final String URL_SETTING = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        String url = environment.getProperty(URL_SETTING);
        H2FileUrl.databaseFile(url).flatMap(file -> problem(file, user, password)
                        .or(() -> NewerSchemaInFile.problem(file, url, user, password, environment.getProperty(
                                "spring.flyway.locations", NewerSchemaInFile.DEFAULT_LOCATIONS))))
                .ifPresent(problem -> {
                    throw new InvalidSettingsException(List.of(URL_SETTING + ": " + problem));
                });
    }

    static Optional<String> problem(Path file, String user, String password) {
        try {
            if (Files.isRegularFile(file)) {
                // The chunk check first: H2, even read-only, would open a store it silently rolled back.
                Optional<String> damage = DatabaseFileCheck.problem(file).or(() -> PageRead.problem(file, user, password));
                if (damage.isPresent()) {
                    return Optional.of("the database file " + file + " is damaged: " + damage.get()
                            + "; it was not opened and is unchanged. " + Recovery.advice(file));
                }
            }
            return WritableLocation.problem(file).map(p -> p + "; nothing was changed");
        } catch (IOException e) {
            return Optional.of("the database file " + file + " cannot be read (" + e + "); nothing was changed");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the configuration data (jobs files) is loaded
    }
}
