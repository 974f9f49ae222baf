package io.orgaudit.exceptions;

import java.nio.file.Path;

/** An exceptions file that cannot be used; the message names the file, the entry and the field, and what to do. */
public final class ExceptionsFileException extends RuntimeException {

    private ExceptionsFileException(String message, Throwable cause) {
        super(message, cause);
    }

    static ExceptionsFileException ofFile(Path file, String problem, Throwable cause) {
        return new ExceptionsFileException("exceptions file " + file + ": " + problem, cause);
    }

    static ExceptionsFileException ofEntry(Path file, String entry, String field, String problem) {
        return new ExceptionsFileException("exceptions file " + file + ": " + entry + ", field '" + field + "': "
                + problem, null);
    }

    static ExceptionsFileException ofSetting(Path file, String problem) {
        return new ExceptionsFileException("orgaudit.exceptions.file: " + file + " " + problem, null);
    }
}
