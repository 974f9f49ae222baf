package io.orgaudit.report;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.exceptions.ExceptionOutcome.Standing;

/**
 * Every entry of the run's exceptions file, with who approved it, until when, and the accounts and rules of this run
 * it covers; an entry that covers nothing is listed with a warning, since it most likely names a wrong account, OU
 * or rule.
 */
final class ExceptionsSheet {

    static final String NAME = "Exceptions";
    static final List<String> HEADERS = List.of("Exception", "Accounts", "OUs", "Rules", "Justification",
            "Approved by", "Ticket", "Expires", "Status", "Excepted FAILs", "Passing now", "ERROR (not excepted)",
            "Matched (account: rule, real verdict)", "Warning");
    static final String UNMATCHED = "matches no account and rule of this run: check its account ids, OU paths and "
            + "rules";
    /** A cell holds at most 32,767 characters; an OU-wide exception can cover thousands of accounts. */
    static final int MAX_MATCHES_LISTED = 200;
    static final int HEADER_ROW = 3;
    private static final int[] WIDTHS = {16, 16, 18, 18, 40, 20, 14, 11, 22, 10, 10, 10, 60, 40};

    private ExceptionsSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, WorkbookContent content) {
        ExceptionsView view = content.exceptions();
        SheetWriter writer = new SheetWriter(sheet, styles, HEADERS.size());
        Row file = writer.row();
        writer.text(file, 0, "Exceptions file", styles.bold());
        writer.overflowingText(file, 1, view.source().isEmpty()
                ? "(none: set orgaudit.exceptions.file to except accepted risks, see docs/exceptions.md)"
                : view.source());
        Row day = writer.row();
        writer.text(day, 0, "Judged on", styles.bold());
        writer.overflowingText(day, 1, view.day() + " (the run's day; an exception is in force through its expiry "
                + "date)");
        writer.skipRow();
        writer.headerRow(HEADERS, column -> WIDTHS[column]);
        for (ExceptionsView.EntryView entryView : view.entries()) {
            ExceptionEntry entry = entryView.entry();
            Row row = writer.row();
            int column = 0;
            writer.text(row, column++, entry.id());
            writer.text(row, column++, String.join(", ", entry.accounts()));
            writer.text(row, column++, String.join(", ", entry.ous()));
            writer.text(row, column++, String.join(", ", entry.rules()));
            writer.text(row, column++, entry.justification());
            writer.text(row, column++, entry.approvedBy());
            writer.text(row, column++, entry.ticket());
            writer.text(row, column++, entry.expires().toString());
            writer.text(row, column++, view.status(entry));
            writer.number(row, column++, entryView.count(Standing.EXCEPTED), null);
            writer.number(row, column++, entryView.count(Standing.NOT_NEEDED), null);
            writer.number(row, column++, entryView.count(Standing.NOT_APPLIED_TO_ERROR), null);
            writer.text(row, column++, matched(entryView));
            writer.text(row, column, entryView.matches().isEmpty() ? UNMATCHED : "");
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);
        PrintLayout.table(sheet, HEADER_ROW);
        int lastRow = Math.max(HEADER_ROW, writer.nextRowIndex() - 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, HEADERS.size() - 1));
        for (int column = 0; column < WIDTHS.length; column++) {
            writer.fixWidth(column, WIDTHS[column]);
        }
    }

    /** "111111111111 prod-payments: D9.AWS.MON.01 FAIL; ...", the first {@value #MAX_MATCHES_LISTED}. */
    private static String matched(ExceptionsView.EntryView entryView) {
        List<ExceptionsView.Match> matches = entryView.matches();
        String listed = matches.stream().limit(MAX_MATCHES_LISTED)
                .map(m -> m.accountId() + (m.accountName() == null ? "" : " " + m.accountName()) + ": " + m.ruleId()
                        + " " + m.real())
                .collect(Collectors.joining("; "));
        return matches.size() > MAX_MATCHES_LISTED
                ? listed + "; … and " + (matches.size() - MAX_MATCHES_LISTED) + " more (see the Findings)"
                : listed;
    }
}
