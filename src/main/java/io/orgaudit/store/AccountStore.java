package io.orgaudit.store;

import static io.orgaudit.store.ScanStore.PENDING;
import static io.orgaudit.store.ScanStore.SCANNED;
import static io.orgaudit.store.ScanStore.SKIPPED;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.orgaudit.organization.MemberAccount;

/** A run's accounts (scan_account): what Organizations said of each, and how far its scan got. */
public class AccountStore {

    private final JdbcTemplate jdbc;

    public AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a page of the organization's accounts as it is listed and returns those still to scan. ACTIVE accounts
     * that {@code selects} takes become PENDING, the rest SKIPPED, so no account silently disappears; a selected
     * account already SCANNED in this run (the listing of a killed run is being resumed, or the account was listed
     * twice) keeps its state and is not returned, and one no longer selected becomes SKIPPED without verdicts. Keyed writes, so a page recorded again leaves one row per account.
     * Committed on its own, before the accounts are handed to the workers that will record their results.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<String> addAccounts(long runId, List<MemberAccount> page, Predicate<MemberAccount> selects) {
        List<String> toScan = new ArrayList<>();
        for (MemberAccount a : page) {
            String state = selects.test(a) ? PENDING : SKIPPED;
            int updated = jdbc.update("UPDATE scan_account SET name = ?, email = ?, ou_path = ?, org_status = ?, "
                    + "scan_state = CASE WHEN scan_state = ? THEN scan_state ELSE ? END "
                    + "WHERE run_id = ? AND account_id = ?", a.name(), a.email(), a.ouPath(), a.status(), SCANNED,
                    state, runId, a.id());
            if (updated == 0) {
                jdbc.update("INSERT INTO scan_account (run_id, account_id, name, email, ou_path, org_status, "
                        + "scan_state) VALUES (?,?,?,?,?,?,?)", runId, a.id(), a.name(), a.email(), a.ouPath(),
                        a.status(), state);
            } else if (PENDING.equals(state)) {
                state = jdbc.queryForObject("SELECT scan_state FROM scan_account WHERE run_id = ? AND account_id = ?",
                        String.class, runId, a.id());
            } else {
                // No longer selected (the settings changed before the run was resumed, or the account was
                // suspended): its verdicts from before would still reach the workbook.
                jdbc.update("UPDATE scan_account SET scan_state = ? WHERE run_id = ? AND account_id = ?", SKIPPED,
                        runId, a.id());
                jdbc.update("DELETE FROM scan_verdict WHERE run_id = ? AND account_id = ?", runId, a.id());
            }
            if (PENDING.equals(state)) {
                toScan.add(a.id());
            }
        }
        return toScan;
    }

    public List<String> accountIds(long runId, String state) {
        return jdbc.queryForList("SELECT account_id FROM scan_account WHERE run_id = ? AND scan_state = ? "
                + "ORDER BY account_id", String.class, runId, state);
    }

    public List<ScannedAccount> accounts(long runId) {
        return jdbc.query("SELECT account_id, name, email, ou_path, org_status, scan_state, regions FROM scan_account "
                + "WHERE run_id = ? ORDER BY account_id", (rs, i) -> new ScannedAccount(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7) == null ? List.of() : List.of(rs.getString(7).split(","))), runId);
    }

    /**
     * The accounts a rerun rescans when none are named: those with an ERROR verdict in the run, and those the run
     * selected but never judged (it died or failed before evaluating them).
     */
    public List<String> rerunTargets(long runId) {
        return jdbc.queryForList("SELECT a.account_id FROM scan_account a WHERE a.run_id = ? AND a.scan_state <> ? "
                + "AND (EXISTS (SELECT 1 FROM scan_verdict v WHERE v.run_id = a.run_id AND v.account_id = a.account_id "
                + "AND v.status = 'ERROR') OR NOT EXISTS (SELECT 1 FROM scan_verdict v WHERE v.run_id = a.run_id "
                + "AND v.account_id = a.account_id)) ORDER BY a.account_id", String.class, runId, SKIPPED);
    }

    /** Puts accounts back in the queue of the collection step; their verdicts stay until new ones replace them. */
    @Transactional
    public void markPending(long runId, List<String> accountIds) {
        for (String accountId : accountIds) {
            jdbc.update("UPDATE scan_account SET scan_state = ? WHERE run_id = ? AND account_id = ?",
                    PENDING, runId, accountId);
        }
    }
}
