package io.orgaudit.launch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps two runs from writing the same database at once (two CronJob pods, an operator's rerun during the nightly
 * run). H2 in file mode already refuses a second process; this lock also covers a shared PostgreSQL. The holder
 * refreshes a heartbeat; a lock whose heartbeat is older than {@link #STALE} was left by a process that died, and
 * is taken over, so a killed run can be resumed.
 *
 * <p>Its times are written and compared as UTC wall-clock times ({@link #utcNow}): the columns are TIMESTAMP
 * without a zone, and a {@code java.sql.Timestamp} is stored in the writing JVM's own zone, so on a PostgreSQL
 * database shared by processes in different zones (a pod in UTC, an operator's laptop in Tokyo) a live holder's
 * heartbeat looked hours old to one of them, which then took the lock over while the holder was still writing.
 */
class RunLock {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration STALE = Duration.ofSeconds(60);
    private static final String NAME = "scan";

    private final JdbcTemplate jdbc;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
    private ScheduledExecutorService heartbeat;

    RunLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock or throws {@link RunInProgressException} naming who holds it and since when. */
    synchronized void acquire() {
        LocalDateTime now = utcNow();
        takeOverIfStale(now);
        try {
            jdbc.update("INSERT INTO scan_lock (lock_name, owner, acquired_at, heartbeat_at) VALUES (?,?,?,?)",
                    NAME, owner, now, now);
        } catch (DataIntegrityViolationException e) {
            List<Map<String, Object>> holder = jdbc.queryForList(
                    "SELECT owner, acquired_at FROM scan_lock WHERE lock_name = ?", NAME);
            String who = holder.isEmpty() ? "another run" : holder.get(0).get("OWNER") + " (since "
                    + holder.get(0).get("ACQUIRED_AT") + " UTC)";
            throw new RunInProgressException("another orgaudit run is using this database: " + who
                    + "; wait for it to finish (or, if that process is gone, retry in " + STALE.toSeconds() + " s)", e);
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "run-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    synchronized void release() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.update("DELETE FROM scan_lock WHERE lock_name = ? AND owner = ?", NAME, owner);
    }

    private void takeOverIfStale(LocalDateTime now) {
        jdbc.update("DELETE FROM scan_lock WHERE lock_name = ? AND heartbeat_at < ?", NAME, now.minus(STALE));
        // A holder on this machine whose process is gone (kill -9) need not wait for its heartbeat to age.
        for (String holder : jdbc.queryForList("SELECT owner FROM scan_lock WHERE lock_name = ?", String.class, NAME)) {
            if (deadOnThisHost(holder)) {
                jdbc.update("DELETE FROM scan_lock WHERE lock_name = ? AND owner = ?", NAME, holder);
            }
        }
    }

    /** Owners are "pid@host", as the JVM names itself. */
    private boolean deadOnThisHost(String holder) {
        int at = holder.indexOf('@');
        String host = owner.substring(owner.indexOf('@') + 1);
        if (at < 0 || !holder.substring(at + 1).equals(host) || holder.equals(owner)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(holder.substring(0, at))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void beat() {
        jdbc.update("UPDATE scan_lock SET heartbeat_at = ? WHERE lock_name = ? AND owner = ?", utcNow(), NAME, owner);
    }

    /** Now on a clock every holder shares whatever its zone (a LocalDateTime is stored as it is, not converted). */
    static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Another run holds the database. */
    static final class RunInProgressException extends RuntimeException {
        RunInProgressException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
