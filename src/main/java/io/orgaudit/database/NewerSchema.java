package io.orgaudit.database;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database a newer orgaudit has migrated past the migrations this one carries. Flyway would go on regardless (it
 * ignores "future" migrations by default) and this orgaudit would then write rows into tables it does not know the
 * shape of; so it is refused, in one line naming both versions, before anything writes.
 */
final class NewerSchema {

    private NewerSchema() {
    }

    /** @param url the database as the operator named it (its settings and parameters are left out of the line) */
    static Optional<String> problem(MigrationInfoService info, String url) {
        MigrationInfo[] all = info.all();
        Optional<MigrationVersion> newest = versions(all, true);
        return newest.map(version -> "the database " + withoutSettings(url) + " has schema version " + version
                + ", newer than this orgaudit's " + versions(all, false).map(String::valueOf).orElse("none")
                + ": run the newer orgaudit, or point " + DatabaseFileGuard.URL_SETTING + " at another database");
    }

    /** The highest version applied by a newer orgaudit (future), or the highest this one carries. */
    private static Optional<MigrationVersion> versions(MigrationInfo[] all, boolean future) {
        return Arrays.stream(all)
                .filter(migration -> isFuture(migration.getState()) == future)
                .filter(migration -> future || migration.getState().isResolved())
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(MigrationVersion::compareTo);
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }

    /** jdbc:h2:file:./data/orgaudit;DB_CLOSE_ON_EXIT=FALSE or jdbc:postgresql://host/db?password=... : up to ; or ? */
    static String withoutSettings(String url) {
        int end = url.length();
        for (char separator : new char[] {';', '?'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return url.substring(0, end);
    }
}
