package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

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

    /**
     * A header row as tall as its texts wrapped in columns of these widths (in characters). The height is set now:
     * a streamed row cannot be changed once it has been flushed.
     */
    Row headerRow(List<String> headers, IntUnaryOperator widthInCharacters) {
        Row row = headerRow(headers);
        row.setHeightInPoints(RowHeight.forHeader(headers, widthInCharacters));
        return row;
    }

    /** Right-aligns the header cells of these columns, to sit over the numbers below them. */
    void alignRight(Row header, int firstColumn, int lastColumn) {
        for (int column = firstColumn; column <= lastColumn; column++) {
            if (header.getCell(column) != null) {
                header.getCell(column).setCellStyle(styles.headerRight());
            }
        }
    }

    /** Sets a header row's height for the sheet's current column widths; for a sheet held in memory. */
    void fitHeight(Row header) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < header.getLastCellNum(); column++) {
            Cell cell = header.getCell(column);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        header.setHeightInPoints(RowHeight.forHeader(texts, column -> sheet.getColumnWidth(column) / 256));
    }

    void text(Row row, int column, String value) {
        text(row, column, value, null);
    }

    void text(Row row, int column, String value, CellStyle style) {
        String written = write(row, column, value, style);
        if (written != null) {
            remember(column, written);
        }
    }

    /** Writes the text as a STRING cell and returns it as written; null when there was no text. */
    private String write(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            if (style != null) {
                row.createCell(column).setCellStyle(style);
            }
            return null;
        }
        String text = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - TRUNCATED.length()) + TRUNCATED : value;
        Cell cell = row.createCell(column);
        // setCellValue(String) always yields a STRING cell; the quote prefix also keeps it text when edited in Excel.
        cell.setCellValue(text);
        CellStyle effective = FormulaText.looksLikeFormula(text) ? styles.quoted(style) : style;
        if (effective != null) {
            cell.setCellStyle(effective);
        }
        return text;
    }

    /**
     * Text that may run over the empty cells to its right, so it does not widen its column (a long value beside a
     * label would otherwise push the table below it apart).
     */
    void overflowingText(Row row, int column, String value) {
        write(row, column, value, null);
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
