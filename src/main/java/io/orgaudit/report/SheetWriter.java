package io.orgaudit.report;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Appends rows to one sheet. Every text goes in as a STRING cell (never a formula), and the widest text of each column
 * is remembered so widths can be set at the end without autoSizeColumn, which would need every row in memory.
 */
final class SheetWriter {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String TRUNCATED = "… (truncated)";

    private final Sheet sheet;
    private final ReportStyles styles;
    private final int[] widestText;
    private int nextRow;

    SheetWriter(Sheet sheet, ReportStyles styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.widestText = new int[columns];
    }

    Sheet sheet() {
        return sheet;
    }

    ReportStyles styles() {
        return styles;
    }

    /** The index the next row will get. */
    int nextRowIndex() {
        return nextRow;
    }

    Row row() {
        return sheet.createRow(nextRow++);
    }

    void skipRow() {
        nextRow++;
    }

    Row headerRow(List<String> headers) {
        Row row = row();
        for (int column = 0; column < headers.size(); column++) {
            text(row, column, headers.get(column), styles.header());
        }
        return row;
    }

    void text(Row row, int column, String value) {
        text(row, column, value, null);
    }

    void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            if (style != null) {
                row.createCell(column).setCellStyle(style);
            }
            return;
        }
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - TRUNCATED.length()) + TRUNCATED : value;
        Cell cell = row.createCell(column);
        // setCellValue(String) always yields a STRING cell; the quote prefix also keeps it text when edited in Excel.
        cell.setCellValue(text);
        CellStyle effective = FormulaText.looksLikeFormula(text) ? styles.quoted(style) : style;
        if (effective != null) {
            cell.setCellStyle(effective);
        }
        remember(column, text);
    }

    void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        remember(column, Long.toString(Math.round(value)));
    }

    private void remember(int column, String text) {
        if (column >= widestText.length) {
            return;
        }
        int newline = text.indexOf('\n');
        int length = newline < 0 ? text.length() : newline;
        widestText[column] = Math.max(widestText[column], length);
    }

    /** Sets each column to its widest text, within [min, max] characters. */
    void fitColumns(int min, int max) {
        for (int column = 0; column < widestText.length; column++) {
            fixWidth(column, Math.max(min, Math.min(max, widestText[column] + 2)));
        }
    }

    void fixWidth(int column, int characters) {
        sheet.setColumnWidth(column, Math.min(255, characters) * 256);
    }
}
