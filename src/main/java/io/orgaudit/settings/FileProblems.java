package io.orgaudit.settings;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;

/** Why a file operation failed, in words rather than an exception's class name. */
public final class FileProblems {

    private FileProblems() {
    }

    public static String reason(Exception error) {
        if (error instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a folder";
        }
        if (error instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (error instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
            return file + (fs.getReason() == null ? "the file system refused" : fs.getReason());
        }
        return error.getMessage() == null ? "refused" : error.getMessage();
    }
}
