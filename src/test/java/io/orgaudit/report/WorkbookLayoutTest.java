package io.orgaudit.report;

import static io.orgaudit.report.WorkbookWriterTest.reopen;
import static io.orgaudit.report.WorkbookWriterTest.rowStartingWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workbook looks and prints: row heights, alignment, widths and page setup, read back with POI. */
class WorkbookLayoutTest {

    @TempDir
    Path directory;

    private XSSFWorkbook workbook;

    @BeforeEach
    void writeWorkbook() throws IOException {
        workbook = reopen(new WorkbookWriter().write(ReportFixtures.content(40), directory));
    }

    @AfterEach
    void closeWorkbook() throws IOException {
        workbook.close();
    }

    @Test
    void givesEveryTableHeaderAnExplicitHeightTallEnoughForItsWrappedTexts() {
        assertHeaderFits(workbook.getSheet("Findings").getRow(0));
        assertHeaderFits(workbook.getSheet("Errors").getRow(ErrorsSheet.HEADER_ROW));
        assertHeaderFits(workbook.getSheet("Remediation").getRow(0));
        assertHeaderFits(workbook.getSheet("Matrix").getRow(0));
        assertHeaderFits(rowStartingWith(workbook.getSheet("Summary"), "Framework"));
        // "Organization trail", "Trail home region" and "Confirmed subscribers" wrap onto two lines
        assertThat(workbook.getSheet("Findings").getRow(0).getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
        assertThat(workbook.getSheet("Matrix").getRow(0).getHeightInPoints()).isGreaterThanOrEqualTo(66f);
    }

    @Test
    void keepsEachLongHeaderWordWithinItsColumn() {
        XSSFSheet findings = workbook.getSheet("Findings");
        for (FindingColumns column : FindingColumns.values()) {
            int longestWord = List.of(column.header().split(" ")).stream().mapToInt(String::length).max().orElse(0);
            assertThat(findings.getColumnWidth(column.ordinal()) / 256).as(column.header())
                    .isGreaterThanOrEqualTo(longestWord + 2);
        }
    }

    @Test
    void rightAlignsTheHeadersOfNumberColumnsOverTheirNumbers() {
        XSSFSheet summary = workbook.getSheet("Summary");
        Row header = rowStartingWith(summary, "Framework");

        assertThat(List.of(2, 3, 4, 5)).allSatisfy(column -> assertThat(
                header.getCell(column).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT));
        assertThat(header.getCell(0).getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.RIGHT);
        assertThat(rowStartingWith(summary, "Accounts").getCell(1).getCellStyle().getAlignment())
                .isEqualTo(HorizontalAlignment.RIGHT);
        Row findingsHeader = workbook.getSheet("Findings").getRow(0);
        assertThat(findingsHeader.getCell(FindingColumns.CONFIRMED_SUBSCRIBERS.ordinal()).getCellStyle().getAlignment())
                .isEqualTo(HorizontalAlignment.RIGHT);
        Row cis = summary.getRow(header.getRowNum() + 1);
        assertThat(cis.getCell(2).getCellStyle().getAlignment()).isIn(HorizontalAlignment.GENERAL, HorizontalAlignment.RIGHT);
    }

    @Test
    void keepsTheSummarysNumberColumnsNarrowWhateverTheRunValuesBesideTheirLabels() {
        XSSFSheet summary = workbook.getSheet("Summary");

        // "demo simulator", the regions and the start time run over the empty cells to their right
        assertThat(WorkbookWriterTest.valueOf(summary, "Started")).isEqualTo("2026-11-28 06:00:00 UTC");
        assertThat(summary.getColumnWidth(1) / 256).isLessThanOrEqualTo(14);
        assertThat(List.of(3, 4, 5)).allSatisfy(column -> assertThat(summary.getColumnWidth(column) / 256)
                .isLessThanOrEqualTo(12));
        assertThat(summary.getColumnWidth(6) / 256).isEqualTo(16);
    }

    @Test
    void printsTheMatrixLandscapeWithAccountColumnsAndHeaderOnEveryPage() {
        XSSFSheet matrix = workbook.getSheet("Matrix");

        assertThat(matrix.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(matrix.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
        assertThat(matrix.getPrintSetup().getLandscape()).isTrue();
        assertThat(matrix.getFitToPage()).isTrue();
        // 4 account columns and 32 verdict columns: a few pages across, never one unreadable page
        assertThat(matrix.getPrintSetup().getFitWidth()).isBetween((short) 2, (short) 5);
        assertThat(matrix.getPrintSetup().getFitHeight()).isZero();
    }

    @Test
    void printsTheRuleLandscapeOnePageWide() {
        XSSFSheet rule = workbook.getSheet("Rule");

        assertThat(rule.getPrintSetup().getLandscape()).isTrue();
        assertThat(rule.getFitToPage()).isTrue();
        assertThat(rule.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }

    @Test
    void appliesCalibriToUnstyledCellsRatherThanAThemeFontTheFileDoesNotHave() {
        XSSFFont body = workbook.getFontAt(0);

        assertThat(body.getFontName()).isEqualTo("Calibri");
        assertThat(body.getScheme()).isEqualTo(FontScheme.NONE);
        assertThat(workbook.getCellStyleAt(0).getFontIndex()).isZero();
        for (int style = 0; style < workbook.getNumCellStyles(); style++) {
            assertThat(workbook.getCellStyleAt(style).getCoreXf().getApplyFont()).as("style " + style).isTrue();
        }
    }

    @Test
    void givesATableOnePageAcrossWhileItFitsAtAReadableScale() {
        assertThat(PrintLayout.pagesAcross(160, 45)).isEqualTo(1);
        assertThat(PrintLayout.pagesAcross(600, 45)).isEqualTo(3);
        assertThat(PrintLayout.pagesAcross(2_000, 200)).isEqualTo(16);
    }

    @Test
    void wrapsHeaderTextsBetweenWordsLikeASpreadsheet() {
        assertThat(RowHeight.lines("Account id", 15)).isEqualTo(1);
        assertThat(RowHeight.lines("Confirmed subscribers", 14)).isEqualTo(2);
        assertThat(RowHeight.lines("AWS CIS Foundations v. 1.2.0 (3.1)", 16)).isEqualTo(3);
        assertThat(RowHeight.lines("AWS MITRE ATT&CK Framework v11.3", 16)).isEqualTo(4);
        assertThat(RowHeight.lines("Supercalifragilistic", 8)).isEqualTo(4);
        assertThat(RowHeight.forText("Create a metric filter based on filter pattern relevant for this check.", 65))
                .isEqualTo(RowHeight.LINE_POINTS);
        assertThat(RowHeight.forText("word ".repeat(40).strip(), 65)).isEqualTo(3 * RowHeight.LINE_POINTS);
    }

    @Test
    void wrapsTheRemediationStepsTextInARowTallEnoughForIt() {
        XSSFSheet remediation = workbook.getSheet("Remediation");
        // account 37 has no trail: its second step, creating one, explains two placeholders at length
        Row createTrail = remediation.getRow(16);

        assertThat(createTrail.getCell(6).getStringCellValue()).startsWith("aws cloudtrail create-trail");
        assertThat(createTrail.getCell(5).getCellStyle().getWrapText()).isTrue();
        assertThat(createTrail.getHeightInPoints()).isEqualTo(
                RowHeight.forText(createTrail.getCell(5).getStringCellValue(), remediation.getColumnWidth(5) / 256));
        assertThat(createTrail.getHeightInPoints()).isGreaterThan(RowHeight.LINE_POINTS);
    }

    private static void assertHeaderFits(Row header) {
        XSSFRow row = (XSSFRow) header;
        assertThat(row.getCTRow().getCustomHeight()).as("explicit height on " + row.getSheet().getSheetName()).isTrue();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            String text = row.getCell(column).getStringCellValue();
            int width = row.getSheet().getColumnWidth(column) / 256;
            assertThat(row.getHeightInPoints()).as(text + " on " + row.getSheet().getSheetName())
                    .isGreaterThanOrEqualTo(RowHeight.lines(text, width) * RowHeight.LINE_POINTS);
        }
    }
}
