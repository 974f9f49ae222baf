package io.orgaudit.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import io.orgaudit.exceptions.ExceptionEntry;
import io.orgaudit.exceptions.ExceptionOutcome.Standing;

/**
 * The Summary's exceptions: how many are in force and how many FAILs they except, then the entries that expired
 * since the previous run (their accounts count as failing again) and those that expire soon (to renew or fix).
 */
final class ExceptionsSection {

    static final String TITLE = "Exceptions";
    static final String EXPIRED = "Expired since the previous run";
    static final String EXPIRING = "Expiring within ";
    static final List<String> HEADERS = List.of("Exception", "Expires", "Approved by", "Ticket", "Accounts covered");

    private ExceptionsSection() {
    }

    static void write(SheetWriter writer, ExceptionsView view) {
        writer.text(writer.row(), 0, TITLE, writer.styles().bold());
        if (!view.any()) {
            writer.text(writer.row(), 0, "None: no exceptions file, or it has no entries (orgaudit.exceptions.file).");
            return;
        }
        long inForce = view.entries().stream().filter(e -> e.entry().inForceOn(view.day())).count();
        long excepted = view.entries().stream().mapToLong(e -> e.count(Standing.EXCEPTED)).sum();
        writer.overflowingText(writer.row(), 0, inForce + " of " + view.entries().size() + " in force on " + view.day()
                + ", excepting " + excepted + " FAILs; excepted accounts count as compliant (Exceptions sheet)");
        if (!view.unmatched().isEmpty()) {
            writer.overflowingText(writer.row(), 0, "Warning: " + view.unmatched().size() + " "
                    + (view.unmatched().size() == 1 ? "entry " : "entries ") + ExceptionsSheet.UNMATCHED);
        }
        list(writer, EXPIRED + (view.previousRunDay() == null ? " (no previous run: every expired entry)"
                : " (" + view.previousRunDay() + ")"), view.expiredSincePreviousRun());
        list(writer, EXPIRING + (view.expiringBy().toEpochDay() - view.day().toEpochDay()) + " days",
                view.expiringSoon());
    }

    private static void list(SheetWriter writer, String title, List<ExceptionsView.EntryView> entries) {
        writer.skipRow();
        writer.text(writer.row(), 0, title, writer.styles().bold());
        if (entries.isEmpty()) {
            writer.text(writer.row(), 0, "None.");
            return;
        }
        writer.headerRow(HEADERS);
        for (ExceptionsView.EntryView entryView : entries) {
            ExceptionEntry entry = entryView.entry();
            Row row = writer.row();
            writer.text(row, 0, entry.id());
            writer.text(row, 1, entry.expires().toString());
            writer.text(row, 2, entry.approvedBy());
            writer.text(row, 3, entry.ticket());
            writer.number(row, 4, entryView.matches().stream().map(ExceptionsView.Match::accountId).distinct()
                    .count(), null);
        }
    }
}
