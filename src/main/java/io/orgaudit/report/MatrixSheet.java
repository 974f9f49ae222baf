package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One row per account, one column per framework (the rules of the framework the account passed, of those evaluated,
 * coloured by that share) and then one column per rule with its verdict.
 */
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
        AccountOwners owners = content.owners();
        // The owner columns (none unless tag keys are configured) follow the OU path, inside the account columns.
        List<String> accountHeaders = new ArrayList<>(ACCOUNT_HEADERS.subList(0, 3));
        accountHeaders.addAll(owners.tagKeys());
        accountHeaders.add(ACCOUNT_HEADERS.get(3));
        int accountColumns = accountHeaders.size();
        List<String> headers = new ArrayList<>(accountHeaders);
        frameworks.forEach(framework -> headers.add(framework.header()));
        headers.addAll(ruleIds);

        SheetWriter writer = new SheetWriter(sheet, styles, accountColumns);
        Row header = writer.headerRow(headers);
        // the account columns are fitted at the end, at least as wide as their headers
        float needed = RowHeight.forHeader(headers,
                column -> column < accountColumns ? headers.get(column).length() + 2 : VERDICT_WIDTH);
        header.setHeightInPoints(Math.max(MIN_HEADER_HEIGHT_POINTS, needed));
        for (AccountRow account : content.accounts()) {
            Row row = writer.row();
            writer.text(row, 0, account.accountId());
            writer.text(row, 1, account.name());
            writer.text(row, 2, account.ouPath());
            int column = 3;
            for (String key : owners.tagKeys()) {
                // a skipped account is not scanned, so its tags are not read either
                writer.text(row, column++, account.skippedBecause() != null && !owners.read(account.accountId())
                        ? "" : owners.cell(account.accountId(), key));
            }
            writer.text(row, column++, Masking.email(account.email()));
            if (account.skippedBecause() != null) {
                // Listed, so no account silently disappears, but with no verdict to count.
                for (int i = 0; i < frameworks.size() + ruleIds.size(); i++) {
                    writer.text(row, column++, "SKIPPED (" + account.skippedBecause() + ")");
                }
                continue;
            }
            for (FrameworkColumn framework : frameworks) {
                FrameworkScore score = FrameworkScore.of(account, framework);
                ShareBand band = ShareBand.of(score);
                writer.text(row, column++, score.label(framework.ruleIds().size()),
                        band == null ? null : styles.share(band));
            }
            for (String ruleId : ruleIds) {
                writer.text(row, column++, account.ruleCell(ruleId));
            }
        }

        int lastRow = Math.max(0, writer.nextRowIndex() - 1);
        int lastColumn = headers.size() - 1;
        sheet.createFreezePane(REPEATED_COLUMNS, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        // Framework cells carry the colour of their share (ShareBand); the rule columns are coloured by verdict.
        int firstRuleColumn = accountColumns + frameworks.size();
        if (lastRow > 0 && lastColumn >= firstRuleColumn) {
            VerdictColours.apply(sheet, new CellRangeAddress(1, lastRow, firstRuleColumn, lastColumn));
        }
        writer.fitColumns(12, 45);
        writer.fixWidth(0, 15);
        for (int column = accountColumns; column <= lastColumn; column++) {
            writer.fixWidth(column, VERDICT_WIDTH);
        }
        PrintLayout.wideTable(sheet, 0, REPEATED_COLUMNS, lastColumn);
    }
}
