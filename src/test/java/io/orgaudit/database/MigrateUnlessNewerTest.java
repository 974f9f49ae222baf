package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.settings.InvalidSettingsException;

/**
 * The check inside the context, for databases the file guard does not see (PostgreSQL): a schema newer than this
 * orgaudit's is refused before Flyway migrates anything; an up-to-date one is migrated as usual.
 */
class MigrateUnlessNewerTest {

    private static final String H2_MIGRATIONS = "classpath:db/migration/h2";

    @TempDir
    Path dir;

    @Test
    void aNewerSchemaIsRefusedInOneLineWithoutMigrating() {
        String url = NewerSchemaDatabase.create(dir.resolve("newer"));
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations(H2_MIGRATIONS).load();

        assertThatThrownBy(() -> new MigrateUnlessNewer(url + ";DB_CLOSE_ON_EXIT=FALSE").migrate(flyway))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("spring.datasource.url: the database " + url + " has schema version 3, newer than this"
                        + " orgaudit's 2: run the newer orgaudit, or point spring.datasource.url at another database");
    }

    @Test
    void aSchemaThisOrgauditKnowsIsMigrated() {
        String url = "jdbc:h2:file:" + dir.resolve("current");
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations(H2_MIGRATIONS).load();

        new MigrateUnlessNewer(url).migrate(flyway);

        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("2");
    }
}
