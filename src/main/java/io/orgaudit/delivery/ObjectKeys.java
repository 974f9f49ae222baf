package io.orgaudit.delivery;

import java.nio.file.Path;
import java.util.Locale;

/** Object keys and content types of delivered report files. */
final class ObjectKeys {

    private ObjectKeys() {
    }

    /**
     * The prefix as configured, with a "/" added when it lacks one and leading slashes removed (an S3 key starting
     * with "/" makes an empty-named folder in the console), then the file's name, which already carries the
     * organization, the day and the run id.
     */
    static String key(String prefix, Path file) {
        String folder = prefix == null ? "" : prefix.strip().replaceFirst("^/+", "");
        if (!folder.isEmpty() && !folder.endsWith("/")) {
            folder += "/";
        }
        return folder + file.getFileName();
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".jsonl")) {
            return "application/x-ndjson";
        }
        return "application/octet-stream";
    }
}
