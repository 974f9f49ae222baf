package io.orgaudit.store;

/**
 * orgaudit's own tables (the Flyway migrations in db/migration/{vendor}), beside Spring Batch's: {@link RunStore}
 * (scan_run), {@link AccountStore} (scan_account), {@link EvidenceStore} (scan_account_evidence) and {@link VerdictStore}
 * (scan_verdict), and here the states an account goes through in a run. Every write is keyed (update the row of
 * that key, insert it only when there is none), so anything written again after a restart or a listing that repeats
 * an account leaves exactly one row, on H2 and PostgreSQL alike, and a write never depends on a delete having found
 * its row.
 */
public final class ScanStore {

    /** Selected, not scanned yet in this run. */
    public static final String PENDING = "PENDING";
    /** Its evidence, regions and verdicts are recorded. */
    public static final String SCANNED = "SCANNED";
    /** Not ACTIVE, or not selected: listed in the workbook as such, never scanned. */
    public static final String SKIPPED = "SKIPPED";

    private ScanStore() {
    }
}
