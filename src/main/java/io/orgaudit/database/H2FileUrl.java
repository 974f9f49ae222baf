package io.orgaudit.database;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code .mv.db} file an embedded H2 JDBC URL opens, for the URLs orgaudit checks: {@code jdbc:h2:file:NAME}
 * and {@code jdbc:h2:NAME}, with or without {@code ;SETTINGS}. Everything else is left to its driver: other
 * databases, in-memory H2, H2 servers (tcp, ssl), other H2 file systems (zip:, nio:, split:, ...), and encrypted
 * files (CIPHER), whose bytes cannot be read without the key.
 */
final class H2FileUrl {

    private static final String PREFIX = "jdbc:h2:";

    private H2FileUrl() {
    }

    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String rest = url.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        String name = settings < 0 ? rest : rest.substring(0, settings);
        if (settings >= 0 && rest.substring(settings).toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
            return Optional.empty();
        }
        if (name.regionMatches(true, 0, "file:", 0, "file:".length())) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)[a-z][a-z0-9]+:.*") && !name.matches("(?i)[a-z]:[\\\\/].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio:, ... (but C:\data\orgaudit is a file)
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db").toAbsolutePath().normalize());
    }
}
