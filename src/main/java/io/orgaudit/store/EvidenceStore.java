package io.orgaudit.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.rule.Verdict;

/**
 * What each account's scan collected (scan_account_evidence; scan_evidence for runs recorded before evidence was
 * stored per account), recorded with the account's state and verdicts as one scan.
 */
public class EvidenceStore {

    private final JdbcTemplate jdbc;
    private final VerdictStore verdictStore;
    private final JsonMapper json = JsonMapper.builder().build();

    public EvidenceStore(JdbcTemplate jdbc, VerdictStore verdictStore) {
        this.jdbc = jdbc;
        this.verdictStore = verdictStore;
    }

    /**
     * One account's scan, all at once: its evidence replaces whatever an earlier attempt left, its enabled regions
     * (null when they could not be read: the old value stays) and its state SCANNED, in one transaction, so an
     * account is either wholly scanned or still PENDING, whenever the process dies.
     */
    @Transactional
    public void saveAccountScan(long runId, String accountId, List<String> regions, List<TargetEvidence> evidence,
                                List<Verdict> verdicts) {
        jdbc.update("DELETE FROM scan_evidence WHERE run_id = ? AND account_id = ?", runId, accountId);
        Timestamp now = Timestamp.from(Instant.now());
        String payload = json.writeValueAsString(StoredAccountEvidence.of(evidence));
        if (jdbc.update("UPDATE scan_account_evidence SET collected_at = ?, payload = ? WHERE run_id = ? "
                + "AND account_id = ?", now, payload, runId, accountId) == 0) {
            jdbc.update("INSERT INTO scan_account_evidence (run_id, account_id, collected_at, payload) "
                    + "VALUES (?,?,?,?)", runId, accountId, now, payload);
        }
        jdbc.update("UPDATE scan_account SET scan_state = ?, regions = COALESCE(?, regions) "
                + "WHERE run_id = ? AND account_id = ?", ScanStore.SCANNED,
                regions == null ? null : String.join(",", regions), runId, accountId);
        verdictStore.saveVerdicts(runId, verdicts); // joins this transaction
    }

    /** An account's evidence in the run, region by region; empty when none was recorded. */
    public List<TargetEvidence> evidence(long runId, String accountId) {
        List<TargetEvidence> stored = jdbc.query("SELECT payload FROM scan_account_evidence WHERE run_id = ? "
                + "AND account_id = ?", (rs, i) -> json.readValue(rs.getString(1), StoredAccountEvidence.class),
                runId, accountId).stream().findFirst().map(e -> e.targets(accountId)).orElse(null);
        if (stored != null) {
            return stored;
        }
        // Runs recorded before evidence was stored per account: one row per region.
        return jdbc.query("SELECT payload FROM scan_evidence WHERE run_id = ? AND account_id = ? ORDER BY region",
                (rs, i) -> json.readValue(rs.getString(1), TargetEvidence.class), runId, accountId);
    }
}
