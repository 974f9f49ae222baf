package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo over three nights with one exceptions file, each workbook reopened: an exception turns a FAIL into
 * EXCEPTED with the real verdict beside it and counts in the framework scores, is in force through its expiry date
 * and off the day after, and the workbook of the first night, rebuilt after the file changed, still shows the
 * exceptions of that night.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExceptionsAcrossRunsTest {

    private static final String GAPS = "sandbox-family-gaps"; // 444444444415: MON.01 passes, MON.03 and MON.05 fail
    private static final String CIS_14 = "AWS CIS Foundations v. 1.4.0";
    private static final String EXCEPTIONS = """
            exceptions:
              - id: EX-1
                accounts: ["444444444415"]
                rules: [ORGAUDIT.MON.03, ORGAUDIT.MON.05]
                justification: Sandbox being closed; root use alarmed by the security account
                approved-by: Jane Doe (CISO)
                ticket: SEC-101
                expires: 2026-12-08
              - id: EX-2
                ous: [Sandbox]
                rules: [D9.AWS.MON.01]
                justification: Sandboxes join the organization trail in Q1
                approved-by: Jane Doe (CISO)
                ticket: SEC-102
                expires: 2027-02-01
              - id: EX-3
                accounts: ["333333333408"]
                rules: [D9.AWS.MON.01]
                justification: Legacy billing account without the audit role
                approved-by: John Roe
                ticket: SEC-103
                expires: 2026-12-31
              - id: EX-4
                accounts: ["999999999999"]
                rules: [D9.AWS.MON.01]
                justification: An account that left the organization
                approved-by: John Roe
                ticket: SEC-104
                expires: 2027-06-30
            """;

    private Path dir;
    private Path exceptionsFile;
    private final List<Path> workbooks = new ArrayList<>();
    private final List<InProcessRun.Outcome> outcomes = new ArrayList<>();

    @BeforeAll
    void threeNights(@TempDir Path folder) throws Exception {
        dir = folder;
        exceptionsFile = dir.resolve("exceptions.yaml");
        Files.writeString(exceptionsFile, EXCEPTIONS);
        for (String day : List.of("2026-12-07", "2026-12-08", "2026-12-09")) {
            InProcessRun.Outcome outcome = run(day);
            assertThat(outcome.exitCode()).as(String.join("\n", outcome.log()))
                    .isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
            outcomes.add(outcome);
            workbooks.add(outcome.workbook());
        }
    }

    private InProcessRun.Outcome run(String day, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.rules=D9.AWS.MON.01,ORGAUDIT.MON.03,ORGAUDIT.MON.05",
                "--orgaudit.exceptions.file=" + exceptionsFile));
        arguments.addAll(List.of(more));
        Clock clock = Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC);
        return InProcessRun.run(Map.of(), arguments, clock);
    }

    @Test
    @Order(1)
    void anExceptedFailIsExceptedInTheMatrixWithTheRealVerdictBesideIt() throws Exception {
        List<Map<String, String>> matrix = WorkbookReader.read(workbooks.get(0)).get("Matrix");
        Map<String, String> gaps = row(matrix, GAPS);

        assertThat(gaps.get("ORGAUDIT.MON.03")).isEqualTo("EXCEPTED (FAIL)");
        assertThat(gaps.get("ORGAUDIT.MON.05")).isEqualTo("EXCEPTED (FAIL)");
        assertThat(gaps.get("D9.AWS.MON.01")).isEqualTo("PASS (exception not needed)");
        // two of three rules excepted, one passes: nothing fails that is not accepted
        assertThat(gaps.get(CIS_14)).isEqualTo("EXCEPTED 1/3");
        // an account without exceptions is scored as before
        assertThat(row(matrix, "sandbox-no-trail").get(CIS_14)).isEqualTo("FAIL 0/3");
    }

    @Test
    @Order(2)
    void anExceptionOverAPassingRuleSaysItIsNoLongerNeededAndAnErrorIsNeverExcepted() throws Exception {
        Map<String, List<Map<String, String>>> sheets = WorkbookReader.read(workbooks.get(0));
        assertThat(row(sheets.get("Matrix"), GAPS).get("D9.AWS.MON.01")).isEqualTo("PASS (exception not needed)");
        assertThat(row(sheets.get("Matrix"), "dev-legacy-billing").get("D9.AWS.MON.01"))
                .isEqualTo("ERROR (not excepted)");

        Map<String, String> payments = finding(sheets.get("Findings"), GAPS, "D9.AWS.MON.01");
        assertThat(payments.get("Verdict")).isEqualTo("PASS");
        assertThat(payments.get("Exception note")).isEqualTo("passes now: exception EX-2 is no longer needed");
        Map<String, String> billing = finding(sheets.get("Findings"), "dev-legacy-billing", "D9.AWS.MON.01");
        assertThat(billing.get("Verdict")).isEqualTo("ERROR");
        assertThat(billing.get("Exception")).isEqualTo("EX-3");
    }

    @Test
    @Order(3)
    void theFindingsTheCsvAndTheJsonLinesCarryTheExceptionsFields() throws Exception {
        Map<String, String> root = finding(WorkbookReader.read(workbooks.get(0)).get("Findings"), GAPS,
                "ORGAUDIT.MON.03");
        assertThat(root).containsEntry("Verdict", "EXCEPTED").containsEntry("Real verdict", "FAIL")
                .containsEntry("Exception", "EX-1").containsEntry("Exception expires", "2026-12-08")
                .containsEntry("Exception approved by", "Jane Doe (CISO)").containsEntry("Exception ticket", "SEC-101")
                .containsEntry("Exception note", "FAIL excepted by EX-1 until 2026-12-08 (1 day left)");

        String base = workbooks.get(0).toString().replaceAll("\\.xlsx$", "");
        String csv = Files.readString(Path.of(base + ".csv"));
        assertThat(csv.lines().filter(line -> line.startsWith("444444444415,") && line.contains("ORGAUDIT.MON.03")))
                .singleElement().satisfies(line -> assertThat(line).contains(",EXCEPTED,FAIL,")
                        .contains("EX-1").contains("SEC-101").contains("2026-12-08"));
        String jsonLine = Files.readAllLines(Path.of(base + ".jsonl")).stream()
                .filter(line -> line.contains("\"444444444415\"") && line.contains("ORGAUDIT.MON.03")).findFirst()
                .orElseThrow();
        assertThat(jsonLine).contains("\"verdict\":\"EXCEPTED\"", "\"realVerdict\":\"FAIL\"",
                "\"exceptionId\":\"EX-1\"", "\"exceptionApprovedBy\":\"Jane Doe (CISO)\"",
                "\"exceptionExpires\":\"2026-12-08\"");
    }

    @Test
    @Order(4)
    void theSummaryCountsExceptedAccountsAsCompliantAndListsWhatExpiresSoon() throws Exception {
        List<Map<String, String>> frameworks = WorkbookReader.table(workbooks.get(0), "Summary", "Framework");
        Map<String, String> cis = frameworks.stream().filter(r -> r.get("Framework").equals(CIS_14)).findFirst()
                .orElseThrow();
        List<Map<String, String>> matrix = WorkbookReader.read(workbooks.get(0)).get("Matrix");
        assertThat(matrix.stream().filter(r -> r.get(CIS_14).startsWith("EXCEPTED")).map(r -> r.get("Account name")))
                .containsExactlyInAnyOrder(GAPS, "sandbox-cis12"); // cis12: only the seed rule fails, under EX-2
        assertThat(cis.get("Excepted")).isEqualTo(count(matrix, "EXCEPTED").toString()).isEqualTo("2");
        assertThat(cis.get("Passed")).isEqualTo(count(matrix, "PASS").toString());
        assertThat(cis.get("Failed")).isEqualTo(count(matrix, "FAIL").toString());

        List<List<String>> summary = WorkbookReader.cells(workbooks.get(0), "Summary");
        assertThat(listed(summary, "Expiring within 30 days")).containsExactly("EX-1", "EX-3");
        assertThat(listed(summary, "Expired since the previous run")).isEmpty();
        assertThat(summary).anySatisfy(row -> assertThat(row.get(0)).startsWith("Warning: 1 entry matches no account"));
    }

    @Test
    @Order(5)
    void theExceptionsSheetListsEveryEntryWithWhatItMatchedAndWarnsAboutOneThatMatchedNothing() throws Exception {
        List<Map<String, String>> entries = WorkbookReader.table(workbooks.get(0), "Exceptions", "Exception");

        assertThat(entries).extracting(e -> e.get("Exception")).containsExactly("EX-1", "EX-2", "EX-3", "EX-4");
        Map<String, String> first = entries.get(0);
        assertThat(first.get("Status")).isEqualTo("in force, 1 day left");
        assertThat(first.get("Excepted FAILs")).isEqualTo("2");
        assertThat(first.get("Matched (account: rule, real verdict)"))
                .isEqualTo("444444444415 sandbox-family-gaps: ORGAUDIT.MON.03 FAIL; "
                        + "444444444415 sandbox-family-gaps: ORGAUDIT.MON.05 FAIL");
        // the Sandbox OU's 14 active accounts (the suspended one is not scanned): 10 fail the seed rule, 4 pass it
        assertThat(entries.get(1).get("Excepted FAILs")).isEqualTo("10");
        assertThat(entries.get(1).get("Passing now")).isEqualTo("4");
        assertThat(entries.get(2).get("ERROR (not excepted)")).isEqualTo("1");
        assertThat(entries.get(3).get("Warning")).startsWith("matches no account and rule of this run");
        assertThat(entries.subList(0, 3)).allSatisfy(e -> assertThat(e.get("Warning")).isEmpty());
        assertThat(outcomes.get(0).log()).anySatisfy(line -> assertThat(line)
                .contains("Exception EX-4 of " + exceptionsFile + " matches no account and rule of run 1"));
    }

    @Test
    @Order(6)
    void anExceptionIsInForceOnItsLastDayAndOffTheDayAfter() throws Exception {
        assertThat(row(WorkbookReader.read(workbooks.get(1)).get("Matrix"), GAPS).get("ORGAUDIT.MON.03"))
                .isEqualTo("EXCEPTED (FAIL)");
        assertThat(WorkbookReader.table(workbooks.get(1), "Exceptions", "Exception").get(0).get("Status"))
                .isEqualTo("in force, last day");

        Map<String, List<Map<String, String>>> third = WorkbookReader.read(workbooks.get(2));
        Map<String, String> gaps = row(third.get("Matrix"), GAPS);
        assertThat(gaps.get("ORGAUDIT.MON.03")).isEqualTo("FAIL (exception expired)");
        assertThat(gaps.get(CIS_14)).isEqualTo("FAIL 1/3");
        assertThat(finding(third.get("Findings"), GAPS, "ORGAUDIT.MON.03"))
                .containsEntry("Verdict", "FAIL")
                .containsEntry("Exception note", "exception EX-1 expired on 2026-12-08: the real verdict applies");
        List<List<String>> summary = WorkbookReader.cells(workbooks.get(2), "Summary");
        assertThat(listed(summary, "Expired since the previous run")).containsExactly("EX-1");
        assertThat(WorkbookReader.table(workbooks.get(2), "Exceptions", "Exception").get(0).get("Status"))
                .isEqualTo("expired on 2026-12-08");
    }

    @Test
    @Order(7)
    void theTrendCountsAnExceptedFailAsTheFailItIsWhileTheSummaryCountsItCompliant() throws Exception {
        Path third = workbooks.get(2);
        Map<String, String> seed = WorkbookReader.table(third, "Summary", "Rule").stream()
                .filter(rule -> rule.get("Rule").equals("D9.AWS.MON.01")).findFirst().orElseThrow();
        int passed = Integer.parseInt(seed.get("Passed"));
        int excepted = Integer.parseInt(seed.get("Excepted"));
        int failed = Integer.parseInt(seed.get("Failed"));
        assertThat(excepted).isPositive();
        Map<String, String> trend = WorkbookReader.table(third, "Trend", "Kind").stream()
                .filter(row -> row.get("Kind").equals("Rule") && row.get("Name").equals("D9.AWS.MON.01"))
                .findFirst().orElseThrow();
        String thisRun = trend.keySet().stream().reduce((first, second) -> second).orElseThrow();

        assertThat(percent(trend.get(thisRun))).isCloseTo(100.0 * passed / (passed + excepted + failed),
                org.assertj.core.data.Offset.offset(0.05));
        assertThat(percent(seed.get("Compliance (of evaluated)")))
                .isCloseTo(100.0 * (passed + excepted) / (passed + excepted + failed),
                        org.assertj.core.data.Offset.offset(0.05));
    }

    private static double percent(String text) {
        return Double.parseDouble(text.replace("%", ""));
    }

    @Test
    @Order(8)
    void theWorkbookOfAnOldRunShowsTheExceptionsThatAppliedThen() throws Exception {
        Files.writeString(exceptionsFile, "exceptions: []\n");

        InProcessRun.Outcome rerun = run("2026-12-10", "--orgaudit.command=rerun-failed",
                "--orgaudit.rerun.run-id=1");

        assertThat(rerun.exitCode()).as(String.join("\n", rerun.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        assertThat(WorkbookReader.table(rerun.workbook(), "Exceptions", "Exception"))
                .extracting(e -> e.get("Exception")).containsExactly("EX-1", "EX-2", "EX-3", "EX-4");
        // judged on run 1's day, not the rerun's: EX-1 is still in force there
        assertThat(row(WorkbookReader.read(rerun.workbook()).get("Matrix"), GAPS).get("ORGAUDIT.MON.03"))
                .isEqualTo("EXCEPTED (FAIL)");
    }

    @Test
    void theReadmesExampleIsTheFirstTwoEntriesThisTestRunsWith() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Exceptions (accepted risks)"));
        String block = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", 10));
        Path example = Files.writeString(Files.createTempFile("readme-exceptions", ".yaml"), block);
        Path ours = Files.writeString(Files.createTempFile("test-exceptions", ".yaml"), EXCEPTIONS);
        java.util.Set<String> rules = io.orgaudit.rule.RuleCatalog.fromClasspath().ids();
        java.time.LocalDate day = java.time.LocalDate.parse("2026-12-07");

        assertThat(io.orgaudit.exceptions.ExceptionsFile.load(example, rules, day, 365))
                .isEqualTo(io.orgaudit.exceptions.ExceptionsFile.load(ours, rules, day, 365).subList(0, 2));
    }

    private static Map<String, String> row(List<Map<String, String>> matrix, String accountName) {
        return matrix.stream().filter(r -> accountName.equals(r.get("Account name"))).findFirst().orElseThrow();
    }

    private static Map<String, String> finding(List<Map<String, String>> findings, String accountName, String rule) {
        return findings.stream().filter(r -> accountName.equals(r.get("Account name")) && rule.equals(r.get("Rule")))
                .findFirst().orElseThrow();
    }

    private static Long count(List<Map<String, String>> matrix, String verdict) {
        return matrix.stream().filter(r -> r.get(CIS_14).startsWith(verdict + " ")).count();
    }

    /** The exception ids listed under a Summary title: the rows after its header, while they name an exception. */
    private static List<String> listed(List<List<String>> summary, String titleStart) {
        int title = 0;
        while (!summary.get(title).get(0).startsWith(titleStart)) {
            title++;
        }
        List<String> ids = new ArrayList<>();
        int r = title + 1;
        if (summary.get(r).get(0).equals("Exception")) {
            for (r++; r < summary.size() && summary.get(r).get(0).startsWith("EX-"); r++) {
                ids.add(summary.get(r).get(0));
            }
        }
        return ids;
    }
}
