package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner tags are read once per run: a run killed while its tags are being read is resumed by the same command,
 * which reads only the accounts whose tags were not stored yet, and the workbook shows every account's tags.
 */
class OwnerTagsReadOncePerRunTest {

    private static final Pattern PROGRESS = Pattern.compile(".*progress: (\\d+)/(\\d+)\\+? accounts.*");
    private static final Pattern TAG_CALLS = Pattern.compile("ListTagsForResource (\\d+)");
    private static final int SCANNED = 32; // the demo's ACTIVE accounts

    @TempDir
    Path dir;

    /** Tags read at 2 a second: slower than the scan, so the kill comes while they are being read. */
    private String[] command() {
        return new String[] {"--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.simulator.latency=100ms", "--orgaudit.concurrency=3", "--orgaudit.rules=D9.AWS.MON.01",
                "--orgaudit.owners.tag-keys=owner,team", "--orgaudit.owners.calls-per-second=2",
                "--orgaudit.progress-interval=1s"};
    }

    @Test
    void aResumedRunReadsOnlyTheTagsTheKilledOneHadNotStored() throws Exception {
        TestDatabase database = TestDatabase.h2(dir);
        ScanProcess first = ScanProcess.start(dir, database.environment(), command());
        first.awaitLine(line -> progress(line) >= 10, Duration.ofSeconds(120));
        first.kill();
        JdbcTemplate db = database.jdbc();
        int readBeforeKill = db.queryForObject("SELECT COUNT(*) FROM scan_account WHERE tags IS NOT NULL", Integer.class);
        assertThat(readBeforeKill).isBetween(1, SCANNED - 1);

        ScanProcess second = ScanProcess.start(dir, database.environment(), command());
        int exit = second.awaitExit(Duration.ofSeconds(240));
        List<String> output = second.output();

        assertThat(exit).as(String.join("\n", output)).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(output).anyMatch(line -> line.contains("Resuming run"));
        int tagCalls = output.stream().filter(line -> line.contains("Simulated AWS served")).map(TAG_CALLS::matcher)
                .filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElse(0);
        assertThat(tagCalls).isEqualTo(SCANNED - readBeforeKill);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM scan_account WHERE tags IS NOT NULL", Integer.class))
                .isEqualTo(SCANNED);

        String workbook = db.queryForObject("SELECT workbook FROM scan_run", String.class);
        Map<String, String> management = WorkbookReader.read(Path.of(workbook)).get("Matrix").stream()
                .filter(row -> row.get("Account name").equals("management")).findFirst().orElseThrow();
        assertThat(management).containsEntry("owner", "maria.silva").containsEntry("team", "cloud-platform");
    }

    private static int progress(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
