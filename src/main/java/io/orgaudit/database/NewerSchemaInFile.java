package io.orgaudit.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The newer-schema check for an H2 file, made before the application context exists: through H2 opened read-only
 * ({@code ACCESS_MODE_DATA=r}, as {@link PageRead} opens it), so that a refused file keeps every byte. Once the
 * context starts, H2 opened for writing changes the file even before a statement runs, and Spring Batch's schema
 * initializer may run before Flyway. {@link MigrateUnlessNewer} makes the same check for every other database.
 */
final class NewerSchemaInFile {

    /** Where the migrations are when the setting does not say (Boot's default). */
    static final String DEFAULT_LOCATIONS = "classpath:db/migration";

    private NewerSchemaInFile() {
    }

    /** @param locations spring.flyway.locations as configured, {vendor} still in it */
    static Optional<String> problem(Path file, String configuredUrl, String user, String password, String locations) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // a new database
        }
        String name = file.toString().replaceFirst("\\.mv\\.db$", "");
        String url = "jdbc:h2:file:" + name + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0;IFEXISTS=TRUE";
        try {
            Flyway flyway = Flyway.configure().dataSource(url, user, password)
                    .locations(h2Locations(locations)).load();
            return NewerSchema.problem(flyway.info(), configuredUrl);
        } catch (FlywayException e) {
            return Optional.empty(); // cannot be read this way (a password it does not know, ...): left to the real open
        }
    }

    /** The configured locations as Boot resolves them for H2: {vendor} is "h2", a comma separates several. */
    static String[] h2Locations(String locations) {
        return locations.replace("{vendor}", "h2").split("\\s*,\\s*");
    }
}
