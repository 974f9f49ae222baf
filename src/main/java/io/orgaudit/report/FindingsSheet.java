package io.orgaudit.report;

import java.util.List;
import java.util.function.IntUnaryOperator;

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
        AccountOwners owners = content.owners();
        List<String> headers = FindingColumns.headers(owners);
        int firstOwner = FindingColumns.OU_PATH.ordinal() + 1;
        IntUnaryOperator widths = column -> width(column, owners);
        SheetWriter writer = new SheetWriter(sheet, styles, headers.size());
        Row header = writer.headerRow(headers, widths);
        int subscribers = FindingColumns.CONFIRMED_SUBSCRIBERS.position(owners);
        writer.alignRight(header, subscribers, subscribers);
        for (FindingRow finding : content.findings()) {
            Row row = writer.row();
            for (FindingColumns column : columns) {
                if (column == FindingColumns.CONFIRMED_SUBSCRIBERS && finding.chain() != null) {
                    writer.number(row, subscribers, finding.chain().confirmedSubscribers(), null);
                } else {
                    writer.text(row, column.position(owners), column.text(finding));
                }
            }
            List<String> ownerCells = owners.cells(finding.accountId());
            for (int i = 0; i < ownerCells.size(); i++) {
                writer.text(row, firstOwner + i, ownerCells.get(i));
            }
        }
        int lastRow = Math.max(0, writer.nextRowIndex() - 1);
        sheet.createFreezePane(1, 1);
        PrintLayout.table(sheet, 0);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, headers.size() - 1));
        int verdict = FindingColumns.VERDICT.position(owners);
        if (lastRow > 0) { // the verdict shown and the real verdict beside it
            VerdictColours.apply(sheet, new CellRangeAddress(1, lastRow, verdict,
                    FindingColumns.REAL_VERDICT.position(owners)));
        }
        for (int column = 0; column < headers.size(); column++) {
            writer.fixWidth(column, widths.applyAsInt(column));
        }
    }

    private static int width(int column, AccountOwners owners) {
        int firstOwner = FindingColumns.OU_PATH.ordinal() + 1;
        int owned = owners.tagKeys().size();
        if (column < firstOwner) {
            return FindingColumns.values()[column].width();
        }
        return column < firstOwner + owned ? FindingColumns.OWNER_WIDTH
                : FindingColumns.values()[column - owned].width();
    }
}
