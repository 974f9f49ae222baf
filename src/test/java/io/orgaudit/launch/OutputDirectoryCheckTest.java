package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.settings.EnvironmentNotReadyException;

class OutputDirectoryCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aWritableFolderPassesAndKeepsNoProbe() throws Exception {
        assertThatNoException().isThrownBy(() -> OutputDirectoryCheck.confirmWritable(tmp));
        try (var left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    /** /proc refuses new files to everyone, root included: the check holds whoever runs the tests. */
    @Test
    void aFolderThatRefusesFilesEvenToRootIsTheEnvironmentsProblem() {
        Path proc = Path.of("/proc/self");
        Assumptions.assumeTrue(Files.isDirectory(proc), "no /proc on this system");
        EnvironmentNotReadyException refused = catchThrowableOfType(EnvironmentNotReadyException.class,
                () -> OutputDirectoryCheck.confirmWritable(proc));

        assertThat(refused.getMessage()).startsWith("orgaudit.output.directory: cannot write to '/proc/self' (")
                .endsWith("); free space or make the folder writable, or point the setting elsewhere, then run the "
                        + "same command again");
    }

    /** Permission bits stop an ordinary user; root writes through them, which is why the check writes for real. */
    @Test
    void aFolderWithoutWritePermissionIsTheEnvironmentsProblemForAnOrdinaryUser() throws Exception {
        Path readOnly = Files.createDirectory(tmp.resolve("ro"));
        readOnly.toFile().setWritable(false);
        Assumptions.assumeFalse(Files.isWritable(readOnly), "root writes through permission bits");

        assertThat(catchThrowableOfType(EnvironmentNotReadyException.class,
                () -> OutputDirectoryCheck.confirmWritable(readOnly)).getMessage())
                .contains(": permission denied); free space or make the folder writable");
    }
}
