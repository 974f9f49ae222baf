package io.orgaudit.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.access.Failure;
import io.orgaudit.rule.Verdict;

/** The verdicts of a run (scan_verdict): one per account and rule, with its reason, chain and failure. */
public class VerdictStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public VerdictStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void saveVerdicts(long runId, List<Verdict> verdicts) {
        for (Verdict v : verdicts) {
            String chain = v.chain() == null ? null : json.writeValueAsString(v.chain());
            String failure = v.failure() == null ? null : json.writeValueAsString(v.failure());
            if (jdbc.update("UPDATE scan_verdict SET status = ?, reason = ?, chain = ?, failure = ? WHERE run_id = ? "
                    + "AND account_id = ? AND rule_id = ?", v.status().name(), truncate(v.reason()), chain, failure,
                    runId, v.accountId(), v.ruleId()) == 0) {
                jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason, chain, failure) "
                        + "VALUES (?,?,?,?,?,?,?)", runId, v.accountId(), v.ruleId(), v.status().name(),
                        truncate(v.reason()), chain, failure);
            }
        }
    }

    public List<Verdict> verdicts(long runId) {
        return jdbc.query("SELECT account_id, rule_id, status, reason, chain, failure FROM scan_verdict "
                + "WHERE run_id = ? ORDER BY account_id, rule_id", (rs, i) -> new Verdict(rs.getString(1),
                rs.getString(2), Verdict.Status.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5) == null ? null : json.readValue(rs.getString(5), Verdict.Chain.class),
                rs.getString(6) == null ? null : json.readValue(rs.getString(6), Failure.class)), runId);
    }

    /**
     * Scanned accounts of the run that lack a verdict for one of the rules: those scanned before an upgrade that
     * judges accounts as they are scanned, or under a rule added when the run was resumed.
     */
    public List<String> unjudgedAccounts(long runId, List<String> ruleIds) {
        return accountsLackingAVerdict(runId, ruleIds, "a.scan_state = ?", ScanStore.SCANNED);
    }

    /**
     * Selected accounts of the run (not SKIPPED) that lack a verdict for one of the rules, whatever their state: a
     * run may only be COMPLETED when this is empty.
     */
    public List<String> selectedAccountsWithoutVerdict(long runId, List<String> ruleIds) {
        return accountsLackingAVerdict(runId, ruleIds, "a.scan_state <> ?", ScanStore.SKIPPED);
    }

    private List<String> accountsLackingAVerdict(long runId, List<String> ruleIds, String stateCondition,
                                                 String state) {
        return jdbc.queryForList("SELECT a.account_id FROM scan_account a WHERE a.run_id = ? AND " + stateCondition
                + " AND (SELECT COUNT(DISTINCT v.rule_id) FROM scan_verdict v WHERE v.run_id = a.run_id "
                + "AND v.account_id = a.account_id AND v.rule_id IN (" + String.join(",",
                java.util.Collections.nCopies(ruleIds.size(), "?")) + ")) < ? ORDER BY a.account_id", String.class,
                java.util.stream.Stream.of(List.of(runId, state), ruleIds, List.of(ruleIds.size()))
                        .flatMap(List::stream).toArray());
    }

    private static String truncate(String reason) {
        return reason.length() <= 8000 ? reason : reason.substring(0, 7997) + "...";
    }
}
