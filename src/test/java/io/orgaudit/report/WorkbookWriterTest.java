package io.orgaudit.report;

import static io.orgaudit.report.ReportFixtures.HOSTILE_NAME;
import static io.orgaudit.report.ReportFixtures.RULE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orgaudit.rule.Verdict.Status;

class WorkbookWriterTest {

    @TempDir
    Path directory;

    private final WorkbookWriter writer = new WorkbookWriter();

    @Test
    void namesTheFileAfterOrganizationDayAndRun() {
        Path workbook = writer.write(ReportFixtures.content(40), directory);

        assertThat(workbook.getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42.xlsx");
        assertThat(workbook.getParent()).isEqualTo(directory.toAbsolutePath());
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        writer.write(ReportFixtures.content(40), directory);

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("orgaudit-o-demo1234567-2026-11-28-run42.xlsx");
        }
    }

    @Test
    void neverOverwritesAnExistingWorkbook() throws IOException {
        Path existing = directory.resolve("orgaudit-o-demo1234567-2026-11-28-run42.xlsx");
        Files.writeString(existing, "yesterday's workbook");

        Path first = writer.write(ReportFixtures.content(40), directory);
        Path second = writer.write(ReportFixtures.content(40), directory);

        assertThat(Files.readString(existing)).isEqualTo("yesterday's workbook");
        assertThat(first.getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42-2.xlsx");
        assertThat(second.getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42-3.xlsx");
    }

    @Test
    void skipsANameWhoseExportsAlreadyExist() throws IOException {
        Files.writeString(directory.resolve("orgaudit-o-demo1234567-2026-11-28-run42.csv"), "old");

        Path workbook = writer.write(ReportFixtures.content(3), directory);

        assertThat(workbook.getFileName()).hasToString("orgaudit-o-demo1234567-2026-11-28-run42-2.xlsx");
    }

    @Test
    void createsAMissingOutputDirectory() {
        Path workbook = writer.write(ReportFixtures.content(3), directory.resolve("reports/daily"));

        assertThat(workbook).exists();
    }

    @Test
    void refusesAnOutputPathThatIsAFileAndNamesIt() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> writer.write(ReportFixtures.content(3), file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a directory");
    }

    @Test
    void explainsADirectoryThatCannotBeCreated() throws IOException {
        Path file = Files.writeString(directory.resolve("blocker"), "x");

        assertThatThrownBy(() -> writer.write(ReportFixtures.content(3), file.resolve("reports")))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(file.resolve("reports").toString());
    }

    @Test
    void putsSummaryFirstThenMatrixFindingsErrorsRemediationAndRule() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));

            assertThat(names).containsExactly("Summary", "Matrix", "Findings", "Errors", "Exceptions", "Remediation",
                    "Rule");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void matrixHasAccountColumnsThenOneColumnPerFrameworkWithControlIdThenTheRule() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            List<String> headers = texts(workbook.getSheet("Matrix").getRow(0));

            assertThat(headers).hasSize(4 + 31 + 1);
            assertThat(headers.subList(0, 4)).containsExactly("Account id", "Account name", "OU path", "E-mail");
            assertThat(headers.get(4)).isEqualTo("AWS CIS Foundations v. 1.0.0 (3.1)");
            assertThat(headers.get(6)).isEqualTo("AWS CIS Foundations v. 1.2.0 (3.1)");
            assertThat(headers.get(7)).isEqualTo("AWS CIS Foundations v. 1.3.0 (4.1)");
            assertThat(headers.get(17)).isEqualTo("AWS GDPR Readiness");
            assertThat(headers.get(34)).isEqualTo("CloudGuard AWS All Rules Ruleset");
            assertThat(headers.get(35)).isEqualTo(RULE_ID);
        }
    }

    @Test
    void matrixHasEachAccountsRowWithItsVerdictInEveryFrameworkColumn() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            Sheet matrix = workbook.getSheet("Matrix");

            assertThat(matrix.getLastRowNum()).isEqualTo(40);
            for (int i = 0; i < 40; i++) {
                List<String> row = texts(matrix.getRow(i + 1));
                String verdict = ReportFixtures.verdictOf(i).name();
                assertThat(row.get(0)).isEqualTo(ReportFixtures.accountId(i));
                assertThat(row.get(3)).isEqualTo("***@example.com");
                assertThat(row.subList(4, 36)).as("account %d", i).containsOnly(verdict);
            }
            assertThat(texts(matrix.getRow(31)).subList(0, 3))
                    .containsExactly("100000000030", "workload-30", "Root/Workloads/Prod");
        }
    }

    @Test
    void keepsAHostileAccountNameAsTheSameTextInAStringCell() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            for (String sheet : List.of("Matrix", "Findings")) {
                var cell = workbook.getSheet(sheet).getRow(1).getCell(1);
                assertThat(cell.getCellType()).as(sheet).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as(sheet).isEqualTo(HOSTILE_NAME);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet).isTrue();
            }
        }
    }

    @Test
    void writesEveryTextFromAwsAsAStringCellNeverAFormula() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK))));
        }
    }

    @Test
    void coloursRuleVerdictsWithOneConditionalFormattingRulePerVerdict() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            var formatting = workbook.getSheet("Matrix").getSheetConditionalFormatting();

            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting verdicts = formatting.getConditionalFormattingAt(0);
            assertThat(verdicts.getFormattingRanges()).extracting(range -> range.formatAsString())
                    .containsExactly("AJ2:AJ41");
            assertThat(verdicts.getNumberOfRules()).isEqualTo(4);
            assertThat(List.of(verdicts.getRule(0).getFormula1(), verdicts.getRule(1).getFormula1(),
                    verdicts.getRule(2).getFormula1(), verdicts.getRule(3).getFormula1()))
                    .containsExactly("LEFT(AJ2,4)=\"PASS\"", "LEFT(AJ2,4)=\"FAIL\"", "LEFT(AJ2,5)=\"ERROR\"",
                            "LEFT(AJ2,8)=\"EXCEPTED\"");
            assertThat(verdicts.getRule(0).getPatternFormatting().getFillBackgroundColorColor())
                    .extracting(c -> ((org.apache.poi.xssf.usermodel.XSSFColor) c).getARGBHex())
                    .isEqualTo("FFC6EFCE");
        }
    }

    @Test
    void freezesHeaderAndIdColumnsAndFiltersTheMatrix() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            XSSFSheet matrix = workbook.getSheet("Matrix");
            PaneInformation pane = matrix.getPaneInformation();

            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(matrix.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AJ41");
            assertThat(matrix.getColumnWidth(4)).isEqualTo(16 * 256);
        }
    }

    @Test
    void findingsHaveHeadersEvidenceAndMaskedEndpoints() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            XSSFSheet findings = workbook.getSheet("Findings");
            List<String> pass = texts(findings.getRow(2));
            List<String> error = texts(findings.getRow(39), FindingColumns.values().length);
            List<String> fail = texts(findings.getRow(31));

            assertThat(texts(findings.getRow(0))).containsExactly("Account id", "Account name", "OU path", "Rule",
                    "Verdict", "Real verdict", "Reason", "Broken link", "Trail", "Trail home region", "Organization trail",
                    "Log group", "Filter name", "Filter pattern", "Metric", "Metric namespace", "Alarm", "SNS topic",
                    "Confirmed subscribers", "Protocols", "Endpoints (masked)", "Exception", "Exception note",
                    "Exception expires", "Exception approved by", "Exception ticket", "Exception justification");
            assertThat(findings.getLastRowNum()).isEqualTo(40);
            assertThat(pass.subList(0, 5)).containsExactly("100000000001", "workload-1", "Root/Workloads/Dev", RULE_ID, "PASS");
            assertThat(pass.get(FindingColumns.BROKEN_LINK.ordinal())).isEmpty();
            assertThat(pass.get(FindingColumns.ORGANIZATION_TRAIL.ordinal())).isEqualTo("yes");
            assertThat(pass.get(FindingColumns.FILTER_PATTERN.ordinal())).isEqualTo(ReportFixtures.REQUIRED_PATTERN);
            assertThat(findings.getRow(2).getCell(FindingColumns.CONFIRMED_SUBSCRIBERS.ordinal()).getNumericCellValue())
                    .isEqualTo(2);
            assertThat(pass.get(FindingColumns.PROTOCOLS.ordinal())).isEqualTo("email, https");
            assertThat(pass.get(FindingColumns.ENDPOINTS.ordinal()))
                    .isEqualTo("***@example.com, https://hooks.example.com/***");
            assertThat(fail.subList(4, 8)).containsExactly("FAIL", "FAIL", ReportFixtures.reason(Status.FAIL),
                    "no equivalent metric filter");
            assertThat(error.get(4)).isEqualTo("ERROR");
            assertThat(error.subList(FindingColumns.BROKEN_LINK.ordinal(), error.size())).containsOnly("");
            assertThat(findings.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AA41");
            assertThat(findings.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges())
                    .extracting(range -> range.formatAsString()).containsExactly("E2:F41");
        }
    }

    @Test
    void summaryShowsTheRunCountsAndCompliancePerFramework() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            XSSFSheet summary = workbook.getSheet("Summary");

            assertThat(valueOf(summary, "Organization")).isEqualTo("o-demo1234567");
            assertThat(valueOf(summary, "Management account")).isEqualTo("100000000001");
            assertThat(valueOf(summary, "Run id")).isEqualTo("42");
            assertThat(valueOf(summary, "Started")).isEqualTo("2026-11-28 06:00:00 UTC");
            assertThat(valueOf(summary, "Finished")).isEqualTo("2026-11-28 06:04:12 UTC");
            assertThat(valueOf(summary, "Duration")).isEqualTo("4 min 12 s");
            assertThat(valueOf(summary, "Profile")).isEqualTo("demo");
            assertThat(valueOf(summary, "Rules")).isEqualTo(RULE_ID);
            assertThat(valueOf(summary, "Regions")).isEqualTo("us-east-1, eu-west-1");
            assertThat(valueOf(summary, "Source")).isEqualTo("demo simulator");
            assertThat(countOf(summary, "PASS")).isEqualTo(30);
            assertThat(countOf(summary, "FAIL")).isEqualTo(8);
            assertThat(countOf(summary, "ERROR")).isEqualTo(2);
            assertThat(countOf(summary, "Total")).isEqualTo(40);

            Row header = rowStartingWith(summary, "Framework");
            assertThat(texts(header)).containsExactly("Framework", "Control id", "Passed", "Excepted", "Failed",
                    "Error", "Compliance (of evaluated)");
            Row cis = summary.getRow(header.getRowNum() + 3);
            assertThat(cis.getCell(0).getStringCellValue()).isEqualTo("AWS CIS Foundations v. 1.2.0");
            assertThat(cis.getCell(1).getStringCellValue()).isEqualTo("3.1");
            assertThat(List.of(cis.getCell(2).getNumericCellValue(), cis.getCell(3).getNumericCellValue(),
                    cis.getCell(4).getNumericCellValue(), cis.getCell(5).getNumericCellValue()))
                    .containsExactly(30.0, 0.0, 8.0, 2.0);
            assertThat(cis.getCell(6).getNumericCellValue()).isEqualTo(30.0 / 38);
            assertThat(summary.getRow(header.getRowNum() + 31).getCell(0).getStringCellValue())
                    .isEqualTo("CloudGuard AWS All Rules Ruleset");
        }
    }

    @Test
    void summaryKeepsItsComplianceChartAfterReopening() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            var charts = workbook.getSheet("Summary").getDrawingPatriarch().getCharts();

            assertThat(charts).hasSize(1);
            var chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Compliance per framework");
            assertThat(chart.getChartSeries()).hasSize(1);
            assertThat(chart.getChartSeries().get(0)).isInstanceOfSatisfying(
                    org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.class,
                    bars -> assertThat(bars.getBarDirection()).isEqualTo(org.apache.poi.xddf.usermodel.chart.BarDirection.BAR));
            var series = chart.getChartSeries().get(0).getSeries(0);
            int first = rowStartingWith(workbook.getSheet("Summary"), "Framework").getRowNum() + 2;
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(31);
            assertThat(series.getCategoryData().getDataRangeReference())
                    .isEqualTo("Summary!$A$" + first + ":$A$" + (first + 30));
            assertThat(series.getValuesData().getDataRangeReference())
                    .isEqualTo("Summary!$G$" + first + ":$G$" + (first + 30));
        }
    }

    @Test
    void errorsListTheUnreachableAccountsWithAHintAndTheRerunCommand() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(40), directory))) {
            XSSFSheet errors = workbook.getSheet("Errors");

            assertThat(texts(errors.getRow(0))).containsExactly("Rerun command", ReportFixtures.RERUN);
            assertThat(texts(errors.getRow(2))).containsExactly("Account id", "Account name", "OU path", "Rule",
                    "Failed call", "AWS error", "Reason", "Hint");
            assertThat(errors.getLastRowNum()).isEqualTo(4);
            List<String> first = texts(errors.getRow(3));
            assertThat(first.subList(0, 6)).containsExactly("100000000038", "workload-38", "Root/Workloads/Prod", RULE_ID,
                    "sts:AssumeRole", "AccessDenied");
            assertThat(first.get(6)).contains("sts:AssumeRole");
            assertThat(first.get(7)).contains("The audit role is missing in this account");
            assertThat(errors.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(errors.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:H5");
        }
    }

    @Test
    void ruleSheetCarriesTheSeedText() throws IOException {
        try (XSSFWorkbook workbook = reopen(writer.write(ReportFixtures.content(3), directory))) {
            XSSFSheet rule = workbook.getSheet("Rule");

            assertThat(texts(rule.getRow(0))).containsExactly(RULE_ID, "Ensure unauthorized API calls are monitored");
            assertThat(valueOf(rule, "Risk level")).isEqualTo("Low");
            assertThat(valueOf(rule, "Cloud entity")).isEqualTo("CloudTrail");
            assertThat(valueOf(rule, "Category")).isEqualTo("Management Tools");
            assertThat(valueOf(rule, "GSL logic")).contains("isFilterPatternEqual");
            assertThat(valueOf(rule, "Remediation")).contains("aws logs put-metric-filter");
            Row frameworks = rowStartingWith(rule, "Framework");
            assertThat(texts(rule.getRow(frameworks.getRowNum() + 3))).containsExactly("AWS CIS Foundations v. 1.2.0", "3.1");
            assertThat(rule.getRow(frameworks.getRowNum() + 31).getCell(0).getStringCellValue())
                    .isEqualTo("CloudGuard AWS All Rules Ruleset");
        }
    }

    @Test
    void showsPassedOverTotalWhenAFrameworkHasSeveralRules() throws IOException {
        var frameworks = List.of(ReportFixtures.column("AWS CIS Foundations v. 2.0.0", "4.x", List.of("R1", "R2", "R3")),
                ReportFixtures.column("AWS HIPAA", null, List.of("R1")));
        var accounts = List.of(
                new AccountRow("111111111111", "all good", null, "Root", java.util.Map.of("R1", Status.PASS,
                        "R2", Status.PASS, "R3", Status.PASS)),
                new AccountRow("222222222222", "one bad", null, "Root", java.util.Map.of("R1", Status.PASS,
                        "R2", Status.FAIL, "R3", Status.ERROR)),
                new AccountRow("333333333333", "unknown", null, "Root", java.util.Map.of("R1", Status.ERROR,
                        "R2", Status.PASS)));
        var content = new WorkbookContent(ReportFixtures.run(7), frameworks, List.of(), accounts, List.of());

        try (XSSFWorkbook workbook = reopen(writer.write(content, directory))) {
            Sheet matrix = workbook.getSheet("Matrix");

            assertThat(texts(matrix.getRow(0)).subList(4, 9))
                    .containsExactly("AWS CIS Foundations v. 2.0.0", "AWS HIPAA", "R1", "R2", "R3");
            assertThat(texts(matrix.getRow(1)).subList(4, 9)).containsExactly("PASS 3/3", "PASS", "PASS", "PASS", "PASS");
            assertThat(texts(matrix.getRow(2)).subList(4, 9)).containsExactly("FAIL 1/3", "PASS", "PASS", "FAIL", "ERROR");
            assertThat(texts(matrix.getRow(3), 9).subList(4, 9)).containsExactly("ERROR 1/2", "ERROR", "ERROR", "PASS", "");
            // framework cells are coloured by the share passed: all, none failed but unreadable, few
            assertThat(List.of(fill(matrix, 1, 4), fill(matrix, 2, 4), fill(matrix, 3, 4)))
                    .containsExactly("FFC6EFCE", "FFF4A6A6", "FFFFEB9C");
            assertThat(texts(workbook.getSheet("Errors").getRow(0)).get(1)).isEqualTo("(no account needs a rerun)");
        }
    }

    @Test
    void coloursAFrameworkCellDarkerTheFewerOfItsRulesPass() throws IOException {
        List<String> rules = java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(i -> "R" + i).toList();
        var frameworks = List.of(ReportFixtures.column("AWS CIS Foundations v. 1.4.0", "4.x", rules));
        var accounts = List.of(account("111111111111", rules, 14), account("222222222222", rules, 7),
                account("333333333333", rules, 1));
        var content = new WorkbookContent(ReportFixtures.run(7), frameworks, List.of(), accounts, List.of());

        try (XSSFWorkbook workbook = reopen(writer.write(content, directory))) {
            Sheet matrix = workbook.getSheet("Matrix");
            assertThat(List.of(matrix.getRow(1).getCell(4).getStringCellValue(),
                    matrix.getRow(2).getCell(4).getStringCellValue(), matrix.getRow(3).getCell(4).getStringCellValue()))
                    .containsExactly("FAIL 14/15", "FAIL 7/15", "FAIL 1/15");
            assertThat(List.of(fill(matrix, 1, 4), fill(matrix, 2, 4), fill(matrix, 3, 4)))
                    .containsExactly("FFFDE9D9", "FFFFC7CE", "FFF4A6A6");
        }
    }

    private static AccountRow account(String id, List<String> rules, int passing) {
        java.util.Map<String, Status> verdicts = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            verdicts.put(rules.get(i), i < passing ? Status.PASS : Status.FAIL);
        }
        return new AccountRow(id, "account " + id, null, "Root", verdicts);
    }

    private static String fill(Sheet sheet, int row, int column) {
        var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle();
        return style.getFillForegroundColorColor().getARGBHex();
    }

    @Test
    void writesAWorkbookForAnEmptyOrganization() throws IOException {
        var content = new WorkbookContent(ReportFixtures.run(1), ReportFixtures.frameworks(List.of(RULE_ID)),
                List.of(ReportFixtures.rule()), List.of(), List.of());

        try (XSSFWorkbook workbook = reopen(writer.write(content, directory))) {
            assertThat(workbook.getSheet("Matrix").getLastRowNum()).isZero();
            assertThat(countOf(workbook.getSheet("Summary"), "Total")).isZero();
        }
    }

    static XSSFWorkbook reopen(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> texts(Row row) {
        return texts(row, row.getLastCellNum());
    }

    /** The first {@code width} cells as text, "" for a missing cell. */
    static List<String> texts(Row row, int width) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            var cell = row.getCell(column);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? Long.toString(Math.round(cell.getNumericCellValue())) : cell.getStringCellValue());
        }
        return texts;
    }

    static Row rowStartingWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            var first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + label + " on " + sheet.getSheetName());
    }

    static String valueOf(Sheet sheet, String label) {
        var cell = rowStartingWith(sheet, label).getCell(1);
        return cell == null ? "" : cell.getStringCellValue();
    }

    static int countOf(Sheet sheet, String label) {
        return (int) rowStartingWith(sheet, label).getCell(1).getNumericCellValue();
    }
}
