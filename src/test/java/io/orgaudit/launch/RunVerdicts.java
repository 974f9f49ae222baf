package io.orgaudit.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** A run's verdicts as "account rule" -> "status: reason", to compare a resumed run with one nobody interrupted. */
final class RunVerdicts {

    private static Map<String, String> uninterruptedDemo;

    private RunVerdicts() {
    }

    static Map<String, String> of(JdbcTemplate db, long runId) {
        Map<String, String> verdicts = new TreeMap<>();
        db.query("SELECT account_id, rule_id, status, reason FROM scan_verdict WHERE run_id = ?", rs -> {
            verdicts.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3) + ": " + rs.getString(4));
        }, runId);
        return verdicts;
    }

    /** The demo's verdicts of the seed rule (as KillAndResume runs it) from one run in this JVM on an H2 file, kept. */
    static synchronized Map<String, String> ofUninterruptedDemo() throws Exception {
        if (uninterruptedDemo == null) {
            Path dir = Files.createTempDirectory("orgaudit-uninterrupted-");
            TestDatabase database = TestDatabase.h2(dir);
            InProcessRun.Outcome outcome = InProcessRun.run(database.environment(),
                    List.of("--orgaudit.output.directory=" + dir.resolve("reports"), "--orgaudit.rules=D9.AWS.MON.01"));
            if (outcome.exitCode() != ScanResult.SOME_ACCOUNTS_ERROR) {
                throw new AssertionError("the uninterrupted demo run ended " + outcome.exitCode() + ":\n"
                        + String.join("\n", outcome.log()));
            }
            uninterruptedDemo = of(database.jdbc(), 1);
        }
        return uninterruptedDemo;
    }
}
