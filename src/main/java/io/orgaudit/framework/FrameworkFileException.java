package io.orgaudit.framework;

/** A framework file (or the operator's folder of them) that cannot be used; the message says where and what to do. */
public final class FrameworkFileException extends RuntimeException {

    FrameworkFileException(String file, String problem, Throwable cause) {
        super("framework file " + file + ": " + problem, cause);
    }

    private FrameworkFileException(String message, Throwable cause) {
        super(message, cause);
    }

    static FrameworkFileException folder(java.nio.file.Path folder, String problem, Throwable cause) {
        return new FrameworkFileException("orgaudit.frameworks.directory: " + folder + " " + problem, cause);
    }
}
