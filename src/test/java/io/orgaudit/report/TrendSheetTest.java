package io.orgaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trend sheet's cells for histories the demo does not produce: a rule new in this run, a long failing list. */
class TrendSheetTest {

    private static final TrendHistory.Run EARLIER = new TrendHistory.Run(7, Instant.parse("2026-11-02T02:00:00Z"));
    private static final TrendHistory.Run NOW = new TrendHistory.Run(9, Instant.parse("2026-11-03T02:00:00Z"));

    @TempDir
    Path directory;

    private XSSFWorkbook written(TrendHistory trend) throws Exception {
        Path workbook = new WorkbookWriter().write(ReportFixtures.content(3).withTrend(trend), directory);
        return WorkbookWriterTest.reopen(workbook);
    }

    private static TrendHistory.FailingSince failing(int account) {
        return new TrendHistory.FailingSince(ReportFixtures.accountId(account), "=cmd|' /C calc'!A0", "Prod", EARLIER, 2,
                List.of(new TrendHistory.RuleFailing("R1", EARLIER, 2)));
    }

    @Test
    void aRuleWithNothingEvaluatedInARunHasAnEmptyCellThereNotZero() throws Exception {
        TrendHistory trend = new TrendHistory(List.of(EARLIER, NOW), Map.of(),
                Map.of("NEW.RULE", List.of(new Compliance.Tally(0, 0, 0, 0), new Compliance.Tally(3, 0, 1, 0))),
                List.of());

        try (XSSFWorkbook book = written(trend)) {
            XSSFSheet sheet = book.getSheet("Trend");
            Row rule = rowStartingWith(sheet, "Rule");
            assertThat(rule.getCell(1).getStringCellValue()).isEqualTo("NEW.RULE");
            assertThat(rule.getCell(2)).isNull();
            assertThat(rule.getCell(3).getNumericCellValue()).isEqualTo(0.75);
            assertThat(rowStartingWith(sheet, "No account fails in this run.")).isNotNull();
        }
    }

    @Test
    void theFailingListStopsAtItsCapAndSaysHowManyMoreWithNamesWrittenAsText() throws Exception {
        List<TrendHistory.FailingSince> rows = new ArrayList<>();
        IntStream.range(0, TrendSheet.MAX_LISTED + 2).forEach(account -> rows.add(failing(account)));
        TrendHistory trend = new TrendHistory(List.of(EARLIER, NOW), Map.of(),
                Map.of("R1", List.of(new Compliance.Tally(1, 0, 1, 0), new Compliance.Tally(1, 0, 1, 0))), rows);

        try (XSSFWorkbook book = written(trend)) {
            XSSFSheet sheet = book.getSheet("Trend");
            Row header = rowStartingWith(sheet, "Account id");
            Row last = sheet.getRow(header.getRowNum() + TrendSheet.MAX_LISTED);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(ReportFixtures.accountId(TrendSheet.MAX_LISTED - 1));
            assertThat(last.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo("run 7, 2026-11-02");
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("R1 since run 7, 2026-11-02");
            assertThat(sheet.getRow(last.getRowNum() + 1).getCell(0).getStringCellValue()).isEqualTo(
                    "… and 2 more failing accounts; the Findings sheet lists every failure of this run.");
        }
    }

    private static Row rowStartingWith(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text);
    }
}
