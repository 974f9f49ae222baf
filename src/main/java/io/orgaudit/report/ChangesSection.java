package io.orgaudit.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/** The Summary's "changes since the previous run": counts per kind of change, then the accounts concerned. */
final class ChangesSection {

    static final String TITLE = "Changes since run ";
    static final List<String> HEADERS = List.of("Change", "Account id", "Account name", "Before", "After");
    /** The Summary is held in memory; a first comparison after a big reorganisation could list every account. */
    static final int MAX_LISTED = 1_000;

    private ChangesSection() {
    }

    static void write(SheetWriter writer, RunChanges changes) {
        ReportStyles styles = writer.styles();
        if (changes == null) {
            writer.text(writer.row(), 0, "Changes since the previous run", styles.bold());
            writer.text(writer.row(), 0, "No previous run to compare with.");
            return;
        }
        writer.text(writer.row(), 0, TITLE + changes.previousRunId(), styles.bold());
        for (RunChanges.Kind kind : RunChanges.Kind.values()) {
            Row row = writer.row();
            writer.text(row, 0, label(kind));
            writer.number(row, 1, changes.count(kind), null);
        }
        if (changes.changes().isEmpty()) {
            writer.text(writer.row(), 0, "No changes.");
            return;
        }
        writer.skipRow();
        writer.headerRow(HEADERS);
        List<RunChanges.AccountChange> listed = changes.changes().stream().limit(MAX_LISTED).toList();
        for (RunChanges.AccountChange change : listed) {
            Row row = writer.row();
            writer.text(row, 0, label(change.kind()));
            writer.text(row, 1, change.accountId());
            writer.text(row, 2, change.accountName());
            writer.text(row, 3, change.before() == null ? "" : change.before().name());
            writer.text(row, 4, change.after() == null ? "" : change.after().name());
        }
        if (changes.changes().size() > listed.size()) {
            writer.text(writer.row(), 0, "… and " + (changes.changes().size() - listed.size())
                    + " more changes; compare the Matrix of both runs.");
        }
    }

    static String label(RunChanges.Kind kind) {
        return switch (kind) {
            case PASS_TO_FAIL -> "PASS → FAIL";
            case FAIL_TO_PASS -> "FAIL → PASS";
            case NEW_ERROR -> "New error";
            case ERROR_CLEARED -> "Error cleared";
            case NEW_ACCOUNT -> "New account";
            case ACCOUNT_GONE -> "Account gone";
        };
    }
}
