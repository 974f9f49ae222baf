package io.orgaudit.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.failure.Failure;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/** The verdicts of a run (scan_verdict): one per account and rule, with its reason, chain, broken link and failure. */
public class VerdictStore {

    private final JdbcTemplate jdbc;
    /** A number a record gained after rows were stored (a chain's pending subscribers) reads as 0 from those rows. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    public VerdictStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void saveVerdicts(long runId, List<Verdict> verdicts) {
        // Per account one DELETE of the verdicts being replaced and one INSERT of many rows: with 15 rules an account
        // is two statements, not thirty, and on H2 every statement takes its turn (io.orgaudit.database).
        Map<String, List<Verdict>> byAccount = new LinkedHashMap<>();
        verdicts.forEach(v -> byAccount.computeIfAbsent(v.accountId(), k -> new ArrayList<>()).add(v));
        byAccount.forEach((account, ofAccount) -> {
            List<Object> keys = new ArrayList<>(List.of(runId, account));
            ofAccount.forEach(v -> keys.add(v.ruleId()));
            jdbc.update("DELETE FROM scan_verdict WHERE run_id = ? AND account_id = ? AND rule_id IN ("
                    + placeholders(ofAccount.size(), "?") + ")", keys.toArray());
            List<Object> values = new ArrayList<>();
            for (Verdict v : ofAccount) {
                values.addAll(Arrays.asList(runId, v.accountId(), v.ruleId(), v.status().name(), truncate(v.reason()),
                        v.chain() == null ? null : json.writeValueAsString(v.chain()),
                        v.brokenLink() == null ? null : v.brokenLink().name(),
                        v.failure() == null ? null : json.writeValueAsString(v.failure())));
            }
            jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason, chain, broken_link, "
                    + "failure) VALUES " + placeholders(ofAccount.size(), "(?,?,?,?,?,?,?,?)"), values.toArray());
        });
    }

    private static String placeholders(int count, String one) {
        return String.join(",", java.util.Collections.nCopies(count, one));
    }

    public List<Verdict> verdicts(long runId) {
        return jdbc.query("SELECT account_id, rule_id, status, reason, chain, broken_link, failure FROM scan_verdict "
                + "WHERE run_id = ? ORDER BY account_id, rule_id", (rs, i) -> {
                    Verdict.Status status = Verdict.Status.valueOf(rs.getString(3));
                    Verdict.Chain chain = rs.getString(5) == null ? null : json.readValue(rs.getString(5),
                            Verdict.Chain.class);
                    return new Verdict(rs.getString(1), rs.getString(2), status, rs.getString(4), chain,
                            brokenLink(status, rs.getString(6), chain),
                            rs.getString(7) == null ? null : json.readValue(rs.getString(7), Failure.class));
                }, runId);
    }

    /** A FAIL stored before verdicts carried their broken link reads it from its chain's shape. */
    private static BrokenLink brokenLink(Verdict.Status status, String stored, Verdict.Chain chain) {
        if (stored != null) {
            return BrokenLink.valueOf(stored);
        }
        return status == Verdict.Status.FAIL ? BrokenLink.ofShape(chain) : null;
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
