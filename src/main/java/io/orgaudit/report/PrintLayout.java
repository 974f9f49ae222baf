package io.orgaudit.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How sheets print: auditors do print them. Landscape A4, header row on every page. */
final class PrintLayout {

    /** Characters of the default font across an A4 landscape page at 100 %, within the default margins. */
    static final int CHARACTERS_PER_PAGE = 140;
    /** Below this scale printed text gets hard to read; a wider table takes more pages instead. */
    static final double SMALLEST_SCALE = 0.6;

    private PrintLayout() {
    }

    /** One page wide, as many pages tall as needed. */
    static void onePageWide(Sheet sheet) {
        landscape(sheet);
        fitWidth(sheet, 1);
    }

    /** Landscape with the given header row repeated on every printed page. */
    static void table(Sheet sheet, int headerRow) {
        landscape(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /**
     * A table wider than a page: the header row and the first columns (what identifies a row) repeated on every
     * page, and scaled to as few pages across as keep the text at least {@link #SMALLEST_SCALE}. Call it once the
     * column widths are set.
     */
    static void wideTable(Sheet sheet, int headerRow, int repeatedColumns, int lastColumn) {
        table(sheet, headerRow);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
        int repeated = 0;
        int total = 0;
        for (int column = 0; column <= lastColumn; column++) {
            int width = sheet.getColumnWidth(column) / 256;
            total += width;
            repeated += column < repeatedColumns ? width : 0;
        }
        fitWidth(sheet, pagesAcross(total, repeated));
    }

    /** Pages across for a table this wide (in characters) whose first columns, this wide, print on every page. */
    static int pagesAcross(int totalWidth, int repeatedWidth) {
        int perPage = (int) (CHARACTERS_PER_PAGE / SMALLEST_SCALE);
        if (totalWidth <= perPage) {
            return 1;
        }
        int room = Math.max(perPage / 2, perPage - repeatedWidth);
        return (int) Math.ceil((double) (totalWidth - repeatedWidth) / room);
    }

    private static void fitWidth(Sheet sheet, int pages) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) pages);
        sheet.getPrintSetup().setFitHeight((short) 0); // as many pages tall as needed
    }

    private static void landscape(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }
}
