package io.orgaudit.database;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * H2 needs to write its file and, to create it or its lock and temporary files, the folder it is in. A read-only
 * one would otherwise fail in the middle of start-up with a stack trace. Permission bits count even for root
 * (who may write anyway): a file or folder with no write permission for anyone was made read-only on purpose.
 */
final class WritableLocation {

    private static final Set<PosixFilePermission> WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private WritableLocation() {
    }

    static Optional<String> problem(Path file) throws IOException {
        if (Files.exists(file) && readOnly(file)) {
            return Optional.of("the database file " + file + " is read-only; orgaudit records every run in it: make it"
                    + " writable (chmod u+w " + file + ") or point " + DatabaseFileGuard.URL_SETTING + " at a writable file");
        }
        Path folder = existingAncestor(file.getParent());
        if (folder != null && readOnly(folder)) {
            return Optional.of("the folder " + folder + " of the database file " + file + " is read-only; H2 must create"
                    + " files there: make it writable or point " + DatabaseFileGuard.URL_SETTING + " at a writable folder");
        }
        return Optional.empty();
    }

    private static boolean readOnly(Path path) throws IOException {
        if (!Files.isWritable(path)) {
            return true;
        }
        FileStore store = Files.getFileStore(path);
        if (store.isReadOnly()) {
            return true;
        }
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return false;
        }
        return Files.getPosixFilePermissions(path).stream().noneMatch(WRITE::contains);
    }

    private static Path existingAncestor(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
