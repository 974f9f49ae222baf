package io.orgaudit.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Kills orgaudit (SIGKILL, its own JVM) at a chosen moment of a scan of a generated organization, runs the same
 * command again, and reads back what the resumed run left: its exit code, its verdicts, how many verdict rows each
 * account has, and its workbooks. Shared by the multi-kill test and its 100-kill benchmark.
 */
final class KillAndResume {

    private static final Pattern PROGRESS = Pattern.compile(".*progress: (\\d+)/(\\d+)\\+? accounts.*");
    static final String RULE = "D9.AWS.MON.01";

    /** Where in a run a kill lands: a log line to wait for, then a delay. */
    record Moment(String name, Predicate<String> line, Duration after) {

        static Moment atLine(String name, String contains, Duration after) {
            return new Moment(name, l -> l.contains(contains), after);
        }

        /** Once the progress line reports at least this share of the accounts scanned. */
        static Moment atProgress(double share, Duration after) {
            return new Moment("collection at " + Math.round(share * 100) + " %", line -> {
                Matcher m = PROGRESS.matcher(line);
                return m.matches() && !line.contains("still being listed")
                        && Integer.parseInt(m.group(1)) >= share * Integer.parseInt(m.group(2));
            }, after);
        }
    }

    /** What a finished run left in its directory. */
    record Result(int exit, List<String> output, Map<String, String> verdicts, int verdictRows, int selected,
                  int runs, List<Path> workbooks, List<String> leftovers) {

        /** Accounts with more verdict rows than rules, or selected accounts without one. */
        int doubled() {
            return Math.max(0, verdictRows - verdicts.size());
        }

        int lost() {
            return Math.max(0, selected - verdicts.size());
        }
    }

    private final Path scenario;
    private final List<String> settings;

    /**
     * @param scenario a scenario file ({@link #writeScenario})
     * @param settings further arguments: latency, concurrency
     */
    KillAndResume(Path scenario, List<String> settings) {
        this.scenario = scenario;
        this.settings = settings;
    }

    /** A run nobody interrupts: the verdicts every interrupted run must end with. */
    Result uninterrupted(Path dir) throws Exception {
        Files.createDirectories(dir);
        ScanProcess run = ScanProcess.start(dir, command(dir));
        int exit = run.awaitExit(Duration.ofMinutes(4));
        return result(dir, exit, run.output());
    }

    /**
     * Starts a run, kills it at the moment (if the run ends first, nothing is killed: the moment was too late),
     * then runs the same command again to its end.
     *
     * @return the resumed run's result, and whether the kill happened
     */
    Killed killThenResume(Path dir, Moment moment) throws Exception {
        Files.createDirectories(dir);
        ScanProcess first = ScanProcess.start(dir, command(dir));
        boolean killed = first.awaitLineOrExit(moment.line(), Duration.ofMinutes(3));
        if (killed) {
            Thread.sleep(moment.after().toMillis());
            killed = first.kill();
        } else {
            first.awaitExit(Duration.ofMinutes(1));
        }
        List<String> before = first.output();
        ScanProcess second = ScanProcess.start(dir, command(dir));
        int exit = second.awaitExit(Duration.ofMinutes(4));
        return new Killed(killed, before.isEmpty() ? "" : before.get(before.size() - 1), result(dir, exit,
                second.output()));
    }

    /**
     * @param killed   whether the first process was still running when killed
     * @param lastLine the killed process's last line of output, which says where it was
     */
    record Killed(boolean killed, String lastLine, Result resumed) {
    }

    private String[] command(Path dir) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"), "--orgaudit.simulator.scenario=" + scenario,
                "--orgaudit.progress-interval=200ms", "--orgaudit.rules=D9.AWS.MON.01"));
        all.addAll(settings);
        return all.toArray(String[]::new);
    }

    private static Result result(Path dir, int exit, List<String> output) throws IOException {
        SingleConnectionDataSource source = new SingleConnectionDataSource(
                "jdbc:h2:file:" + dir.resolve("db/orgaudit"), "sa", "", true);
        try {
            JdbcTemplate db = new JdbcTemplate(source);
            long run = db.queryForObject("SELECT MAX(run_id) FROM scan_run", Long.class);
            Map<String, String> verdicts = RunVerdicts.of(db, run);
            int rows = db.queryForObject("SELECT COUNT(*) FROM scan_verdict WHERE run_id = ?", Integer.class, run);
            int selected = db.queryForObject("SELECT COUNT(*) FROM scan_account WHERE run_id = ? "
                    + "AND scan_state <> 'SKIPPED'", Integer.class, run);
            int runs = db.queryForObject("SELECT COUNT(*) FROM scan_run", Integer.class);
            List<Path> workbooks = new ArrayList<>();
            List<String> leftovers = new ArrayList<>();
            Path reports = dir.resolve("reports");
            if (Files.isDirectory(reports)) {
                try (Stream<Path> files = Files.list(reports)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".xlsx")) {
                            workbooks.add(file);
                        } else if (!name.endsWith(".csv") && !name.endsWith(".jsonl") && !name.startsWith(".orgaudit-")) {
                            leftovers.add(name); // a killed write leaves only a dot-named temporary file behind
                        }
                    }
                }
            }
            return new Result(exit, output, verdicts, rows, selected, runs, workbooks, leftovers);
        } finally {
            source.destroy();
        }
    }

    /** Whether a workbook opens and its Findings sheet has a row for each verdict (plus the header). */
    static boolean whole(Path workbook, int verdicts) {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheet("Findings").getLastRowNum() == verdicts;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * An organization of {@code members} accounts over four regions: most covered by the organization trail (PASS
     * in the first region), one in ten on its own with no trail (FAIL, every region asked), one in fifty without the
     * audit role (ERROR). Written as a scenario file, the way an operator would give one.
     */
    static Path writeScenario(Path file, int members) throws IOException {
        String pattern = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) && "
                + "(($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";
        StringBuilder yaml = new StringBuilder("""
                organizationId: o-kill12345678
                managementAccount: "111111111111"
                auditRole: OrgAuditReadOnly
                defaultRegions: [us-east-1, us-east-2, us-west-2, eu-west-1]
                ous: [Workloads/Prod, Workloads/Dev, Legacy]
                accounts:
                  - id: "111111111111"
                    name: management
                    trails:
                      - {name: org-trail, homeRegion: us-east-1, organizationTrail: true, appliesToOus: [Workloads], logGroup: org-logs}
                    logGroups:
                      - name: org-logs
                        region: us-east-1
                        metricFilters:
                          - {name: UnauthorizedAPICalls, pattern: 'PATTERN', metricName: UnauthorizedAPICalls, namespace: CIS}
                    alarms:
                      - {name: unauthorized-api-calls, region: us-east-1, metricName: UnauthorizedAPICalls, namespace: CIS, actions: [alerts]}
                    topics:
                      - {name: alerts, region: us-east-1, subscriptions: [{protocol: email, endpoint: sec@example.com}]}
                """.replace("PATTERN", pattern));
        for (int i = 0; i < members; i++) {
            String id = String.valueOf(200_000_000_000L + i);
            String ou = i % 10 == 7 ? "Legacy" : i % 2 == 0 ? "Workloads/Prod" : "Workloads/Dev";
            yaml.append("  - {id: \"").append(id).append("\", name: member-").append(i).append(", ou: ").append(ou)
                    .append(i % 50 == 49 ? ", auditRoleDeployed: false" : "").append("}\n");
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }
}
