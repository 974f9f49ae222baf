package io.orgaudit.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back as rows of header -> text, the way a person would read the sheet. */
final class WorkbookReader {

    private WorkbookReader() {
    }

    /** Every non-empty row of a sheet as its cells' texts, for sheets that are not one table (Summary). */
    static List<List<String>> cells(Path workbook, String sheetName) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheet(sheetName)) {
                List<String> texts = new ArrayList<>();
                row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
                rows.add(texts);
            }
        }
        return rows;
    }

    static Map<String, List<Map<String, String>>> read(Path workbook) throws IOException {
        DataFormatter formatter = new DataFormatter();
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                Row header = sheet.getRow(sheet.getFirstRowNum());
                List<Map<String, String>> rows = new ArrayList<>();
                for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null || header == null) {
                        continue;
                    }
                    rows.add(values(header, row, formatter));
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /**
     * The table of a sheet that starts at the row whose first cell is {@code firstHeader} (sheets with lines above
     * their table, or several tables), as one map per row, up to the first empty row.
     */
    static List<Map<String, String>> table(Path workbook, String sheetName, String firstHeader) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<Map<String, String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet(sheetName);
            Row header = null;
            int previous = -1;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                String text = first == null ? "" : formatter.formatCellValue(first);
                if (header == null) {
                    header = text.equals(firstHeader) ? row : null;
                    previous = row.getRowNum();
                    continue;
                }
                // a row never written is as empty as a row of empty cells
                if (text.isEmpty() || row.getRowNum() > previous + 1) {
                    break;
                }
                previous = row.getRowNum();
                rows.add(values(header, row, formatter));
            }
            if (header == null) {
                throw new AssertionError("no table starting with '" + firstHeader + "' on sheet " + sheetName);
            }
        }
        return rows;
    }

    /** A row's cells by the texts of the header row's cells above them. */
    private static Map<String, String> values(Row header, Row row, DataFormatter formatter) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Cell title : header) {
            Cell cell = row.getCell(title.getColumnIndex());
            values.put(formatter.formatCellValue(title), cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }
}
