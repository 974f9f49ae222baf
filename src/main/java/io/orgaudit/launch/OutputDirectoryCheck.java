package io.orgaudit.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.orgaudit.settings.EnvironmentNotReadyException;

/**
 * Writes and deletes a small file in the output directory before the scan starts. Permission bits do not tell: root
 * may write anywhere by them, yet a read-only mount or a full disk still refuses, hours later, the workbook.
 */
final class OutputDirectoryCheck {

    private static final byte[] PROBE = new byte[64 * 1024];

    private OutputDirectoryCheck() {
    }

    static void confirmWritable(Path directory) {
        Path absolute = directory.toAbsolutePath();
        Path probe = null;
        try {
            probe = Files.createTempFile(absolute, ".orgaudit-write-check-", ".tmp");
            Files.write(probe, PROBE);
        } catch (IOException | SecurityException e) {
            throw new EnvironmentNotReadyException(DiskProblems.describe(absolute, e), e);
        } finally {
            deleteQuietly(probe);
        }
    }

    private static void deleteQuietly(Path probe) {
        if (probe != null) {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // a probe left behind is a dot-file of 64 KiB; the write check already said what matters
            }
        }
    }
}
