package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run lock (scan_lock) between processes sharing one PostgreSQL database, where nothing else keeps two runs
 * apart (an H2 file refuses a second process by itself): while a slow scan holds the run, another process is
 * refused with exit 4 and a line naming the holder; once the holder is killed with SIGKILL, the next run takes over
 * and resumes the holder's run.
 */
class RunLockAcrossProcessesTest {

    private static final String ANOTHER_NODE = "4242@another-node";

    @TempDir
    Path dir;
    private TestDatabase database;
    private String output;

    @Test
    void aSecondProcessIsRefusedAndAKilledHolderIsTakenOverAfterTheHeartbeatTimeoutOnPostgresql() throws Exception {
        ScanProcess holder = slowScanHoldingTheRun();

        InProcessRun.Outcome refused = InProcessRun.run(database.environment(), List.of(output));
        assertThat(refused.exitCode()).as(String.join("\n", refused.log())).isEqualTo(ScanResult.RUN_IN_PROGRESS);
        assertThat(refused.problemLines()).singleElement().asString()
                .startsWith("orgaudit: another orgaudit run is using this database: " + holder.pid() + "@");

        assertThat(holder.kill()).as("the holder was still scanning").isTrue();
        // A holder on another node cannot be seen to be dead (on this machine its process id says so at once):
        // there only the heartbeat tells, and it is taken over once that is older than RunLock.STALE.
        JdbcTemplate db = database.jdbc();
        assertThat(db.update("UPDATE scan_lock SET owner = ?", ANOTHER_NODE)).isEqualTo(1);
        InProcessRun.Outcome whileFresh = InProcessRun.run(database.environment(), List.of(output));
        assertThat(whileFresh.exitCode()).isEqualTo(ScanResult.RUN_IN_PROGRESS);
        assertThat(whileFresh.problemLines()).singleElement().asString().contains(ANOTHER_NODE);

        // No setting shortens the 60 s timeout, so the heartbeat is aged instead of waited for.
        db.update("UPDATE scan_lock SET heartbeat_at = ?", RunLock.utcNow().minus(RunLock.STALE).minusSeconds(1));
        assertTheNextRunTakesOverAndResumes(db);
    }

    @Test
    void aHolderKilledOnThisMachineIsTakenOverAtOnceOnPostgresql() throws Exception {
        ScanProcess holder = slowScanHoldingTheRun();
        assertThat(holder.kill()).as("the holder was still scanning").isTrue();

        assertTheNextRunTakesOverAndResumes(database.jdbc());
    }

    @Test
    void aLiveHolderIsNotTakenOverByAProcessInAnotherTimeZoneOnPostgresql() throws Exception {
        ScanProcess holder = slowScanHoldingTheRun(); // its clock in UTC, like a CronJob's pod
        // an operator's rerun from a laptop nine hours ahead: the holder's heartbeat must not look nine hours old
        Map<String, String> tokyo = new HashMap<>(database.environment());
        tokyo.put("TZ", "Asia/Tokyo");
        ScanProcess second = ScanProcess.start(dir, tokyo, output, "--orgaudit.command=rerun-failed");

        int exit = second.awaitExit(Duration.ofSeconds(120));
        holder.kill();
        assertThat(exit).as(String.join("\n", second.output())).isEqualTo(ScanResult.RUN_IN_PROGRESS);
        assertThat(second.output()).anyMatch(line -> line.startsWith(
                "orgaudit: another orgaudit run is using this database: " + holder.pid() + "@"));
    }

    /** A scan of the demo slow enough (every call 300 ms) to hold the run while the test starts another. */
    private ScanProcess slowScanHoldingTheRun() throws Exception {
        database = TestDatabase.postgresql();
        output = "--orgaudit.output.directory=" + dir.resolve("reports");
        Map<String, String> utc = new HashMap<>(database.environment());
        utc.put("TZ", "UTC");
        ScanProcess holder = ScanProcess.start(dir, utc, output,
                "--orgaudit.simulator.latency=300ms", "--orgaudit.concurrency=2");
        holder.awaitLine(line -> line.contains("progress: "), Duration.ofSeconds(120));
        return holder;
    }

    private void assertTheNextRunTakesOverAndResumes(JdbcTemplate db) {
        InProcessRun.Outcome takenOver = InProcessRun.run(database.environment(), List.of(output));

        assertThat(takenOver.exitCode()).as(String.join("\n", takenOver.log()))
                .isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(takenOver.log()).anyMatch(line -> line.contains("Resuming run 1"))
                .anyMatch(line -> line.contains("Run 1 COMPLETED"));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM scan_lock", Integer.class)).isZero();
    }
}
