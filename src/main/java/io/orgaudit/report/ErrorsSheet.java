package io.orgaudit.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.Verdict.Status;

/** The accounts that could not be evaluated, why, and the command that reruns just them. */
final class ErrorsSheet {

    static final String NAME = "Errors";
    static final String RERUN_LABEL = "Rerun command";
    static final List<String> HEADERS =
            List.of("Account id", "Account name", "OU path", "Rule", "Failed call", "AWS error", "Reason", "Hint");
    /** The table starts below the rerun command, so the command is the first thing one reads. */
    static final int HEADER_ROW = 2;
    private static final int[] WIDTHS = {17, 30, 30, 15, 14, 24, 80, 60};

    private ErrorsSheet() {
    }

    static void write(Sheet sheet, ReportStyles styles, WorkbookContent content) {
        SheetWriter writer = new SheetWriter(sheet, styles, HEADERS.size());
        List<FindingRow> errors = content.findings().stream().filter(f -> f.status() == Status.ERROR).toList();
        Row command = writer.row();
        writer.text(command, 0, RERUN_LABEL, styles.bold());
        writer.text(command, 1, errors.isEmpty() ? "(no account needs a rerun)" : content.run().rerunCommand());
        writer.skipRow();
        writer.headerRow(HEADERS, column -> WIDTHS[column]);
        for (FindingRow error : errors) {
            Row row = writer.row();
            writer.text(row, 0, error.accountId());
            writer.text(row, 1, error.accountName());
            writer.text(row, 2, error.ouPath());
            writer.text(row, 3, error.ruleId());
            // The collector's classification of the failed call; blank when no call explains the error.
            Failure failure = error.verdict().failure();
            writer.text(row, 4, failure != null ? failure.operation() : "");
            writer.text(row, 5, failure != null ? failure.code() : "");
            writer.text(row, 6, error.reason());
            writer.text(row, 7, failure != null ? failure.hint() : "");
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        PrintLayout.table(sheet, HEADER_ROW);
        int lastRow = Math.max(HEADER_ROW, writer.nextRowIndex() - 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, HEADERS.size() - 1));
        for (int column = 0; column < WIDTHS.length; column++) {
            writer.fixWidth(column, WIDTHS[column]);
        }
    }
}
