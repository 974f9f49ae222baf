package io.orgaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Where report files go. Each file is written under a temporary name in the target directory and only then given its
 * final name, so a crash never leaves a half-written file under that name; an existing file is never replaced.
 */
final class OutputFiles {

    static final String WORKBOOK = ".xlsx";
    static final String CSV = ".csv";
    static final String JSON_LINES = ".jsonl";
    /** A workbook and its exports share a base name, so a name is free only when all of them are. */
    private static final List<String> SIBLINGS = List.of(WORKBOOK, CSV, JSON_LINES);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final int MAX_ATTEMPTS = 10_000;

    private OutputFiles() {
    }

    /** Creates the directory when missing; fails with the path in the message when it cannot be written to. */
    static Path usableDirectory(Path directory) {
        if (directory == null) {
            throw new IllegalArgumentException("The output directory is missing");
        }
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("The output path " + absolute + " is not a directory");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the output directory " + absolute + ": " + e, e);
        }
        if (!Files.isWritable(absolute)) {
            throw new IllegalArgumentException("The output directory " + absolute + " is not writable");
        }
        return absolute;
    }

    /** {@code orgaudit-o-demo1234567-2026-11-28-run42}: organization, the run's day (UTC) and run id. */
    static String baseName(RunInfo run) {
        return "orgaudit-" + safe(run.organizationId()) + "-" + DAY.format(run.startedAt()) + "-run" + run.runId();
    }

    /** Keeps a name a plain file name whatever the organization id holds. */
    private static String safe(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "unknown" : cleaned;
    }

    /**
     * A new, empty, dot-named file beside the target. Not {@code Files.createTempFile}: its owner-only permissions would
     * carry over to the published file, which the compliance team's tools usually read as another user.
     */
    static Path temporaryFile(Path directory, String extension) {
        try {
            return Files.createFile(directory.resolve(".orgaudit-" + UUID.randomUUID() + extension + ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file in " + directory + ": " + e, e);
        }
    }

    /**
     * Gives the finished temporary file the first free name {@code base.ext}, {@code base-2.ext}, ... and returns it.
     * A hard link fails when the name is taken, even if another process took it a moment ago, so nothing is clobbered.
     */
    static Path publishUnderFreeName(Path temporary, Path directory, String base, String extension) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String name = attempt == 1 ? base : base + "-" + attempt;
            if (SIBLINGS.stream().anyMatch(sibling -> Files.exists(directory.resolve(name + sibling)))) {
                continue;
            }
            try {
                return publish(temporary, directory.resolve(name + extension));
            } catch (FileAlreadyExistsException taken) {
                // someone else got there first: try the next suffix
            }
        }
        throw new IllegalStateException("No free file name for " + base + extension + " in " + directory);
    }

    /** Gives the temporary file exactly this name, or fails when the name is taken. */
    static Path publishExactly(Path temporary, Path target) {
        try {
            return publish(temporary, target);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Not overwriting the existing file " + target, e);
        }
    }

    private static Path publish(Path temporary, Path target) throws FileAlreadyExistsException {
        try {
            linkOrMove(temporary, target);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e, e);
        }
    }

    private static void linkOrMove(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // a rename without REPLACE_EXISTING still refuses an existing target
            Files.move(temporary, target);
            return;
        }
        Files.delete(temporary);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the temporary name starts with a dot and says what it is
        }
    }
}
