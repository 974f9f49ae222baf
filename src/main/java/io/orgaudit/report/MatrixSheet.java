package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import io.orgaudit.rule.Verdict.Status;

/** One row per account, one column per framework and then one per rule; verdict cells coloured by rule. */
final class MatrixSheet {

    static final String NAME = "Matrix";
    static final List<String> ACCOUNT_HEADERS = List.of("Account id", "Account name", "OU path", "E-mail");
    private static final int VERDICT_WIDTH = 16;
    /** Room for the longest of the seed's framework names, wrapped in a verdict column, on four lines. */
    private static final float MIN_HEADER_HEIGHT_POINTS = 66;
    /** Account id and name print on every page of a Matrix too wide for one. */
    private static final int REPEATED_COLUMNS = 2;

    private MatrixSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, WorkbookContent content) {
        List<FrameworkColumn> frameworks = content.frameworks();
        List<String> ruleIds = content.ruleIds();
        List<String> headers = new ArrayList<>(ACCOUNT_HEADERS);
        frameworks.forEach(framework -> headers.add(framework.header()));
        headers.addAll(ruleIds);

        SheetWriter writer = new SheetWriter(sheet, styles, ACCOUNT_HEADERS.size());
        Row header = writer.headerRow(headers);
        // the account columns are fitted at the end, at least as wide as their headers
        float needed = RowHeight.forHeader(headers,
                column -> column < ACCOUNT_HEADERS.size() ? headers.get(column).length() + 2 : VERDICT_WIDTH);
        header.setHeightInPoints(Math.max(MIN_HEADER_HEIGHT_POINTS, needed));
        for (AccountRow account : content.accounts()) {
            Row row = writer.row();
            writer.text(row, 0, account.accountId());
            writer.text(row, 1, account.name());
            writer.text(row, 2, account.ouPath());
            writer.text(row, 3, Masking.email(account.email()));
            int column = ACCOUNT_HEADERS.size();
            if (account.skippedBecause() != null) {
                // Listed, so no account silently disappears, but with no verdict to count.
                for (int i = 0; i < frameworks.size() + ruleIds.size(); i++) {
                    writer.text(row, column++, "SKIPPED (" + account.skippedBecause() + ")");
                }
                continue;
            }
            for (FrameworkColumn framework : frameworks) {
                writer.text(row, column++, FrameworkScore.of(account, framework).label(framework.ruleIds().size()));
            }
            for (String ruleId : ruleIds) {
                Status verdict = account.verdictByRule().get(ruleId);
                writer.text(row, column++, verdict == null ? "" : verdict.name());
            }
        }

        int lastRow = Math.max(0, writer.nextRowIndex() - 1);
        int lastColumn = headers.size() - 1;
        sheet.createFreezePane(REPEATED_COLUMNS, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        if (lastRow > 0 && lastColumn >= ACCOUNT_HEADERS.size()) {
            VerdictColours.apply(sheet, new CellRangeAddress(1, lastRow, ACCOUNT_HEADERS.size(), lastColumn));
        }
        writer.fitColumns(12, 45);
        writer.fixWidth(0, 15);
        for (int column = ACCOUNT_HEADERS.size(); column <= lastColumn; column++) {
            writer.fixWidth(column, VERDICT_WIDTH);
        }
        PrintLayout.wideTable(sheet, 0, REPEATED_COLUMNS, lastColumn);
    }
}
