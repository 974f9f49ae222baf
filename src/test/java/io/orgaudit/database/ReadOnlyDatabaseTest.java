package io.orgaudit.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.settings.InvalidSettingsException;

/**
 * A database file or folder made read-only is refused in one problem, and left as it was. The tests hold for root
 * too (who could write anyway): the check reads the permission bits, not only whether this user may write.
 */
class ReadOnlyDatabaseTest {

    @TempDir
    Path dir;
    Path db;
    Path file;

    @BeforeEach
    void aSmallH2Database() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        db = dir.resolve("data/orgaudit");
        file = DamagedDatabaseTest.file(db);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE kept(id INT PRIMARY KEY)");
        }
    }

    @AfterEach
    void writableAgainForCleanUp() throws Exception {
        if (file != null) {
            Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aReadOnlyFileIsRefusedAndUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Throwable failure = catchThrowable(() -> DamagedDatabaseTest.start(db, dir.resolve("reports")).close());
        assertThat(failure).isInstanceOf(InvalidSettingsException.class).hasMessageContaining(
                "spring.datasource.url: the database file " + file + " is read-only; orgaudit records every run in it");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFolderIsRefusedAndUnchanged() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("r-xr-xr-x"));
        Throwable failure = catchThrowable(() -> DamagedDatabaseTest.start(db, dir.resolve("reports")).close());
        assertThat(failure).isInstanceOf(InvalidSettingsException.class).hasMessageContaining(
                "spring.datasource.url: the folder " + file.getParent() + " of the database file " + file + " is read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNewDatabaseInAReadOnlyFolderIsRefused() throws Exception {
        Path folder = dir.resolve("empty");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(DatabaseFileGuard.problem(folder.resolve("orgaudit.mv.db"), "sa", ""))
                    .hasValueSatisfying(p -> assertThat(p).startsWith("the folder " + folder + " of the database file"));
            try (var files = Files.list(folder)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
