package io.orgaudit.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo over three nights, the organization changed between them, each workbook reopened: the Trend sheet's
 * compliance per rule and framework in each run is what that run's own Summary said, the chart draws one line per
 * rule from those cells, and the failing accounts say since which run they fail.
 *
 * <ul>
 *   <li>night 1: the demo;</li>
 *   <li>night 2: sandbox-no-trail moves under the organization trail (passes), sandbox-trail-no-logs loses its audit
 *       role (ERROR), log-archive loses its chain (its seed rule now fails too);</li>
 *   <li>night 3: the demo again, except log-archive, still without its chain.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendAcrossRunsTest {

    private static final List<String> RULES = List.of("D9.AWS.MON.01", "ORGAUDIT.MON.03", "ORGAUDIT.MON.05");
    private static final List<String> NIGHTS = List.of("2026-11-01", "2026-11-02", "2026-11-03");
    private static final String NO_TRAIL = "444444444401";
    private static final String NO_LOGS = "444444444402";
    private static final String LOG_ARCHIVE = "222222222202";

    private Path dir;
    private final List<Path> workbooks = new ArrayList<>();

    @BeforeAll
    void threeNights(@TempDir Path folder) throws Exception {
        dir = folder;
        Path demo = ChangedDemo.demo().writeTo(dir.resolve("night-1.yaml"));
        Path second = ChangedDemo.demo().movedTo(NO_TRAIL, "Workloads/Dev").withoutAuditRoleInBlock(NO_LOGS)
                .without(LOG_ARCHIVE).with(LOG_ARCHIVE, "log-archive", "Security").writeTo(dir.resolve("night-2.yaml"));
        Path third = ChangedDemo.demo().without(LOG_ARCHIVE).with(LOG_ARCHIVE, "log-archive", "Security")
                .writeTo(dir.resolve("night-3.yaml"));
        List<Path> scenarios = List.of(demo, second, third);
        for (int night = 0; night < NIGHTS.size(); night++) {
            InProcessRun.Outcome outcome = run(NIGHTS.get(night), scenarios.get(night));
            assertThat(outcome.exitCode()).as(String.join("\n", outcome.log()))
                    .isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
            workbooks.add(outcome.workbook());
        }
    }

    private InProcessRun.Outcome run(String day, Path scenario) {
        List<String> arguments = List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.simulator.scenario=" + scenario,
                "--orgaudit.rules=" + String.join(",", RULES));
        return InProcessRun.run(Map.of(), arguments, Clock.fixed(Instant.parse(day + "T02:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theTrendSheetComesRightAfterTheSummaryWithOneColumnPerRunOldestFirst() throws Exception {
        List<String> headers = trendHeaders(workbooks.get(2));
        assertThat(headers).hasSize(2 + NIGHTS.size());
        assertThat(headers.subList(0, 2)).containsExactly("Kind", "Name");
        for (int night = 0; night < NIGHTS.size(); night++) {
            assertThat(headers.get(2 + night)).matches("Run \\d+ " + NIGHTS.get(night));
        }
        try (XSSFWorkbook book = open(workbooks.get(2))) {
            assertThat(book.getSheetName(0)).isEqualTo("Summary");
            assertThat(book.getSheetName(1)).isEqualTo("Trend");
        }
    }

    @Test
    void eachRunsColumnIsWhatThatRunsOwnSummarySaidPerRuleAndPerFramework() throws Exception {
        List<Map<String, String>> trend = WorkbookReader.table(workbooks.get(2), "Trend", "Kind");
        List<String> headers = trendHeaders(workbooks.get(2));
        for (int night = 0; night < NIGHTS.size(); night++) {
            String column = headers.get(2 + night);
            for (Map<String, String> rule : WorkbookReader.table(workbooks.get(night), "Summary", "Rule")) {
                assertThat(trendRow(trend, "Rule", rule.get("Rule")).get(column)).as(rule.get("Rule") + " in " + column)
                        .isEqualTo(rule.get("Compliance (of evaluated)"));
            }
            for (Map<String, String> framework : WorkbookReader.table(workbooks.get(night), "Summary", "Framework")) {
                assertThat(trendRow(trend, "Framework", framework.get("Framework")).get(column))
                        .as(framework.get("Framework") + " in " + column)
                        .isEqualTo(framework.get("Compliance (of evaluated)"));
            }
        }
        assertThat(trend.stream().filter(r -> r.get("Kind").equals("Rule")).map(r -> r.get("Name")))
                .containsExactlyElementsOf(RULES);
        // the organization changed: the seed rule's compliance is not the same in every run
        List<String> seed = IntStream.range(0, NIGHTS.size())
                .mapToObj(night -> trendRow(trend, "Rule", "D9.AWS.MON.01").get(headers.get(2 + night))).toList();
        assertThat(seed).doesNotHaveDuplicates();
    }

    @Test
    void theChartDrawsOneLinePerRuleFromTheSheetsOwnCells() throws Exception {
        try (XSSFWorkbook book = open(workbooks.get(2))) {
            XSSFSheet sheet = book.getSheet("Trend");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Compliance per rule over the runs");
            XDDFChartData lines = chart.getChartSeries().get(0);
            assertThat(lines.getSeriesCount()).isEqualTo(RULES.size());
            for (int i = 0; i < RULES.size(); i++) {
                XDDFChartData.Series series = lines.getSeries(i);
                String values = series.getValuesData().getDataRangeReference();
                int row = Integer.parseInt(values.replaceAll(".*\\$C\\$(\\d+):.*", "$1")) - 1;
                assertThat(sheet.getRow(row).getCell(1).getStringCellValue()).isEqualTo(RULES.get(i));
                assertThat(values).endsWith("$E$" + (row + 1));
                assertThat(series.getCategoryData().getPointCount()).isEqualTo(NIGHTS.size());
                assertThat(series.getValuesData().getPointCount()).isEqualTo(NIGHTS.size());
            }
        }
    }

    @Test
    void aFailingAccountSaysSinceWhichRunItFailsAndSoDoesEachOfItsFailingRules() throws Exception {
        List<String> headers = trendHeaders(workbooks.get(2));
        String run1 = since(headers.get(2));
        String run2 = since(headers.get(3));
        String run3 = since(headers.get(4));
        List<Map<String, String>> failing = WorkbookReader.table(workbooks.get(2), "Trend", "Account id");

        // failed in runs 1 and 3; run 2 was an ERROR, which neither breaks the streak nor counts in it
        assertThat(row(failing, "Account id", NO_LOGS)).containsEntry("Failing since", run1)
                .containsEntry("Runs failing in a row", "2")
                .containsEntry("Rules failing, each since", "D9.AWS.MON.01 since " + run1 + "; ORGAUDIT.MON.03 since "
                        + run1 + "; ORGAUDIT.MON.05 since " + run1);
        // passed in run 2: its streak starts again in run 3
        assertThat(row(failing, "Account id", NO_TRAIL)).containsEntry("Failing since", run3)
                .containsEntry("Runs failing in a row", "1");
        // the family rules failed all along, the seed rule since its chain went in run 2; longest-failing first
        assertThat(row(failing, "Account id", LOG_ARCHIVE)).containsEntry("Account name", "log-archive")
                .containsEntry("Failing since", run1).containsEntry("Runs failing in a row", "3")
                .containsEntry("Rules failing, each since", "ORGAUDIT.MON.03 since " + run1 + "; ORGAUDIT.MON.05 since "
                        + run1 + "; D9.AWS.MON.01 since " + run2);
        // every account that FAILs in the Matrix is listed, and no other; the oldest failures first
        List<String> failingInMatrix = WorkbookReader.read(workbooks.get(2)).get("Matrix").stream()
                .filter(account -> RULES.stream().anyMatch(rule -> account.get(rule).equals("FAIL")))
                .map(account -> account.get("Account id")).toList();
        assertThat(failing.stream().map(account -> account.get("Account id")))
                .containsExactlyInAnyOrderElementsOf(failingInMatrix);
        assertThat(failing.stream().map(account -> Integer.parseInt(account.get("Failing since")
                .replaceAll("run (\\d+),.*", "$1")))).isSorted();
    }

    @Test
    void theFirstRunHasNothingToCompareWithAndSaysSo() throws Exception {
        assertThat(trendHeaders(workbooks.get(0))).hasSize(3);
        assertThat(WorkbookReader.cells(workbooks.get(0), "Trend").stream().flatMap(List::stream))
                .contains("No earlier finished run to compare with yet.");
        assertThat(WorkbookReader.table(workbooks.get(0), "Trend", "Account id"))
                .allSatisfy(account -> assertThat(account).containsEntry("Runs failing in a row", "1"));
    }

    @Test
    void aRerunOfAnEarlierRunRebuildsItsWorkbookWithTheRunsBeforeIt() throws Exception {
        String second = trendHeaders(workbooks.get(2)).get(3);
        String runId = second.replaceAll("Run (\\d+) .*", "$1");

        InProcessRun.Outcome rerun = InProcessRun.run(Map.of(), List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/orgaudit"),
                "--orgaudit.output.directory=" + dir.resolve("reports"),
                "--orgaudit.simulator.scenario=" + dir.resolve("night-2.yaml"),
                "--orgaudit.rules=" + String.join(",", RULES),
                "--orgaudit.command=rerun-failed", "--orgaudit.rerun.run-id=" + runId),
                Clock.fixed(Instant.parse("2026-11-04T02:00:00Z"), ZoneOffset.UTC));

        assertThat(rerun.exitCode()).as(String.join("\n", rerun.log())).isEqualTo(ScanResult.SOME_ACCOUNTS_ERROR);
        List<String> headers = trendHeaders(rerun.workbook());
        assertThat(headers.subList(2, headers.size())).containsExactly(trendHeaders(workbooks.get(2)).get(2), second);
    }

    /** "Run 7 2026-11-01" -> "run 7, 2026-11-01", the way the failing list names a run. */
    private static String since(String header) {
        return header.replaceAll("Run (\\d+) (.*)", "run $1, $2");
    }

    private static List<String> trendHeaders(Path workbook) throws Exception {
        List<Map<String, String>> table = WorkbookReader.table(workbook, "Trend", "Kind");
        return new ArrayList<>(table.get(0).keySet());
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().filter(row -> value.equals(row.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + key + " " + value + " in " + rows));
    }

    /** The Trend row of this kind (Rule, Framework) and name. */
    private static Map<String, String> trendRow(List<Map<String, String>> trend, String kind, String name) {
        return row(trend.stream().filter(row -> kind.equals(row.get("Kind"))).toList(), "Name", name);
    }

    private static XSSFWorkbook open(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook)) {
            return new XSSFWorkbook(in);
        }
    }
}
