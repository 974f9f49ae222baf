package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.store.StoredAccountEvidence;

/**
 * The job is killed with SIGKILL while it collects evidence, then the same command is run again: the run resumes,
 * the accounts recorded as scanned before the kill are not called again, and the run ends with exactly one verdict per
 * account and rule, the same verdicts as a run nobody interrupted, and a complete workbook. On an H2 file and on
 * PostgreSQL (given as SPRING_DATASOURCE_* variables), whose commits must be as durable at a kill.
 */
class RestartAfterKillTest {

    private static final Pattern PROGRESS = Pattern.compile(".*progress: (\\d+)/(\\d+)\\+? accounts.*");
    private static final Pattern DESCRIBE_TRAILS = Pattern.compile("DescribeTrails (\\d+)");
    private static final String ROLE_MISSING = "333333333408"; // its scan makes no DescribeTrails call

    @TempDir
    Path dir;
    private TestDatabase database;

    private String[] command() {
        return new String[] {"--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.simulator.latency=100ms", "--orgaudit.concurrency=3", "--orgaudit.rules=D9.AWS.MON.01"};
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {TestDatabase.H2, TestDatabase.POSTGRESQL})
    void aKilledRunResumesWhereItStoppedAndEndsWithOneVerdictPerAccount(String kind) throws Exception {
        database = TestDatabase.of(kind, dir);
        ScanProcess first = ScanProcess.start(dir, database.environment(), withProgressEverySecond(command()));
        first.awaitLine(line -> progress(line) >= 10, Duration.ofSeconds(120));
        first.kill();
        Set<String> completedBeforeKill = Set.copyOf(database.jdbc().queryForList(
                "SELECT account_id FROM scan_account WHERE scan_state = 'SCANNED'", String.class));

        ScanProcess second = ScanProcess.start(dir, database.environment(), command());
        int exit = second.awaitExit(Duration.ofSeconds(240));
        List<String> output = second.output();

        assertThat(exit).as(String.join("\n", output)).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(output).anyMatch(line -> line.matches(".*Resuming run \\d+, which stopped with status FAILED.*"));

        JdbcTemplate db = database.jdbc();
        assertThat(db.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION", Long.class)).hasSize(2);
        Set<String> scannedAfterRestart = db.queryForList("SELECT account_id FROM scan_account "
                + "WHERE scan_state <> 'SKIPPED'", String.class).stream()
                .filter(id -> !completedBeforeKill.contains(id)).collect(Collectors.toSet());
        // Some accounts must have been recorded before the kill (each commit is in the file at once), and some
        // left for the restart.
        assertThat(completedBeforeKill).isNotEmpty();
        assertThat(scannedAfterRestart).isNotEmpty();

        int describeTrails = output.stream().map(DESCRIBE_TRAILS::matcher).filter(Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElseThrow();
        // One DescribeTrails per region asked of each account not scanned before the kill (all its regions for a
        // FAIL, the first for a PASS; its stored evidence says which), none for those that were.
        int expectedCalls = scannedAfterRestart.stream().filter(id -> !id.equals(ROLE_MISSING))
                .mapToInt(id -> regionsAsked(db, id)).sum();
        assertThat(describeTrails).isEqualTo(expectedCalls);

        long runId = db.queryForObject("SELECT MAX(run_id) FROM scan_run", Long.class);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM scan_run", Integer.class)).isEqualTo(1);
        Integer verdicts = db.queryForObject("SELECT COUNT(*) FROM scan_verdict WHERE run_id = ?", Integer.class, runId);
        Integer accounts = db.queryForObject("SELECT COUNT(DISTINCT account_id) FROM scan_verdict WHERE run_id = ?",
                Integer.class, runId);
        Integer selected = db.queryForObject("SELECT COUNT(*) FROM scan_account WHERE run_id = ? AND scan_state <> "
                + "'SKIPPED'", Integer.class, runId);
        assertThat(verdicts).isEqualTo(accounts).isEqualTo(selected).isEqualTo(32); // the demo's ACTIVE accounts
        assertThat(RunVerdicts.of(db, runId)).isEqualTo(RunVerdicts.ofUninterruptedDemo());

        String workbook = db.queryForObject("SELECT workbook FROM scan_run WHERE run_id = ?", String.class, runId);
        assertThat(Files.exists(Path.of(workbook))).isTrue();
        assertThat(WorkbookReader.read(Path.of(workbook)).get("Findings")).hasSize(32);
        try (var files = Files.list(dir.resolve("reports"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx"))).hasSize(1);
        }
    }

    private static String[] withProgressEverySecond(String[] command) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 1);
        all[command.length] = "--orgaudit.progress-interval=1s";
        return all;
    }

    private static int progress(String line) {
        Matcher m = PROGRESS.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int regionsAsked(JdbcTemplate db, String accountId) {
        String payload = db.queryForObject("SELECT payload FROM scan_account_evidence WHERE account_id = ?",
                String.class, accountId);
        return (int) JsonMapper.builder().build().readValue(payload, StoredAccountEvidence.class).regions().stream()
                .filter(region -> !region.region().equals("*")).count();
    }
}
