package io.orgaudit.launch;

import java.nio.file.Path;
import java.util.Optional;

import io.orgaudit.settings.FileProblems;
import io.orgaudit.access.Causes;

/** Recognises a full or read-only disk in a failure, wherever in its causes it is, and says what to do. */
final class DiskProblems {

    private DiskProblems() {
    }

    static String describe(Path directory, Exception error) {
        return "orgaudit.output.directory: cannot write to '" + directory + "' (" + FileProblems.reason(error)
                + "); free space or make the folder writable, or point the setting elsewhere, then run the same "
                + "command again";
    }

    /** A one-line description when the failure is the disk's (no space, read-only, no permission). */
    static Optional<String> in(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return Optional.of("the disk is full (" + firstLine(message) + "); free space on it, then run the "
                        + "same command again (it resumes)");
            }
            if (message.contains("Read-only file system")) {
                return Optional.of("the file system is read-only (" + firstLine(message) + "); mount it writable, "
                        + "then run the same command again (it resumes)");
            }
        }
        return Optional.empty();
    }


    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("");
    }
}
