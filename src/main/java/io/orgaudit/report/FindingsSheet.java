package io.orgaudit.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** One row per account and rule: verdict, reason and the evidence behind it. */
final class FindingsSheet {

    static final String NAME = "Findings";

    private FindingsSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, WorkbookContent content) {
        FindingColumns[] columns = FindingColumns.values();
        SheetWriter writer = new SheetWriter(sheet, styles, columns.length);
        Row header = writer.headerRow(FindingColumns.headers(), column -> columns[column].width());
        int subscribers = FindingColumns.CONFIRMED_SUBSCRIBERS.ordinal();
        writer.alignRight(header, subscribers, subscribers);
        for (FindingRow finding : content.findings()) {
            Row row = writer.row();
            for (FindingColumns column : columns) {
                if (column == FindingColumns.CONFIRMED_SUBSCRIBERS && finding.chain() != null) {
                    writer.number(row, column.ordinal(), finding.chain().confirmedSubscribers(), null);
                } else {
                    writer.text(row, column.ordinal(), column.text(finding));
                }
            }
        }
        int lastRow = Math.max(0, writer.nextRowIndex() - 1);
        sheet.createFreezePane(1, 1);
        PrintLayout.table(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.length - 1));
        int verdict = FindingColumns.VERDICT.ordinal();
        if (lastRow > 0) { // the verdict shown and the real verdict beside it
            VerdictColours.apply(sheet, new CellRangeAddress(1, lastRow, verdict, FindingColumns.REAL_VERDICT.ordinal()));
        }
        for (FindingColumns column : columns) {
            writer.fixWidth(column.ordinal(), column.width());
        }
    }
}
