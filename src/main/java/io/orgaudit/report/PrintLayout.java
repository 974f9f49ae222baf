package io.orgaudit.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How sheets print: auditors do print them. Landscape, header row on every page. */
final class PrintLayout {

    private PrintLayout() {
    }

    /** One page wide, as many pages tall as needed. */
    static void onePageWide(Sheet sheet) {
        landscape(sheet);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Landscape with the given header row repeated on every printed page. */
    static void table(Sheet sheet, int headerRow) {
        landscape(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private static void landscape(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }
}
