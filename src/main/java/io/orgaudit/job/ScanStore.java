package io.orgaudit.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.MemberAccount;
import io.orgaudit.organization.OrganizationInfo;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/**
 * orgaudit's own tables (schema in db/orgaudit-schema.sql). Every write is keyed (update the row of that key, insert
 * it only when there is none), so anything written again after a restart or a listing that repeats an account leaves
 * exactly one row, on H2 and PostgreSQL alike, and a write never depends on a delete having found its row.
 */
public class ScanStore {

    static final String PENDING = "PENDING";
    static final String SCANNED = "SCANNED";
    static final String SKIPPED = "SKIPPED";

    private final JdbcTemplate jdbc;
    /** A number a record gained after rows were stored (a chain's pending subscribers) reads as 0 from those rows. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    public ScanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the run, or, when its listing is resumed after a kill, its settings again (the row is kept: its
     * organization and whether its listing finished stay). Committed at once, before any of its accounts.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void startRun(long runId, Instant startedAt, String profile, List<String> rules, List<String> regions,
                         String source) {
        if (jdbc.update("UPDATE scan_run SET profile = ?, rules = ?, regions = ?, source = ? WHERE run_id = ?",
                profile, String.join(",", rules), String.join(",", regions), source, runId) == 0) {
            jdbc.update("INSERT INTO scan_run (run_id, started_at, profile, rules, regions, source) "
                    + "VALUES (?,?,?,?,?,?)", runId, Timestamp.from(startedAt), profile, String.join(",", rules),
                    String.join(",", regions), source);
        }
    }

    public void recordOrganization(long runId, OrganizationInfo organization, String hubAccountId) {
        jdbc.update("UPDATE scan_run SET organization_id = ?, management_account_id = ?, hub_account_id = ? "
                + "WHERE run_id = ?", organization.id(), organization.managementAccountId(), hubAccountId, runId);
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

    /** Every account of the run is recorded: a restarted collection step may take its accounts from the table. */
    public void markAccountsListed(long runId) {
        jdbc.update("UPDATE scan_run SET accounts_listed_at = COALESCE(accounts_listed_at, ?) WHERE run_id = ?",
                Timestamp.from(Instant.now()), runId);
    }

    public boolean accountsListed(long runId) {
        Integer listed = jdbc.queryForObject("SELECT COUNT(*) FROM scan_run WHERE run_id = ? "
                + "AND accounts_listed_at IS NOT NULL", Integer.class, runId);
        return listed != null && listed > 0;
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

    public java.util.Optional<Long> latestRunId() {
        return java.util.Optional.ofNullable(jdbc.queryForObject("SELECT MAX(run_id) FROM scan_run", Long.class));
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
                + "WHERE run_id = ? AND account_id = ?", SCANNED, regions == null ? null : String.join(",", regions),
                runId, accountId);
        saveVerdicts(runId, verdicts);
    }

    /**
     * Scanned accounts of the run that lack a verdict for one of the rules: those scanned before an upgrade that
     * judges accounts as they are scanned, or under a rule added when the run was resumed.
     */
    public List<String> unjudgedAccounts(long runId, List<String> ruleIds) {
        return accountsLackingAVerdict(runId, ruleIds, "a.scan_state = ?", SCANNED);
    }

    /**
     * Selected accounts of the run (not SKIPPED) that lack a verdict for one of the rules, whatever their state: a
     * run may only be COMPLETED when this is empty.
     */
    public List<String> selectedAccountsWithoutVerdict(long runId, List<String> ruleIds) {
        return accountsLackingAVerdict(runId, ruleIds, "a.scan_state <> ?", SKIPPED);
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

    @Transactional
    public void saveVerdicts(long runId, List<Verdict> verdicts) {
        for (Verdict v : verdicts) {
            String chain = v.chain() == null ? null : json.writeValueAsString(v.chain());
            String failure = v.failure() == null ? null : json.writeValueAsString(v.failure());
            String brokenLink = v.brokenLink() == null ? null : v.brokenLink().name();
            if (jdbc.update("UPDATE scan_verdict SET status = ?, reason = ?, chain = ?, broken_link = ?, failure = ? "
                    + "WHERE run_id = ? AND account_id = ? AND rule_id = ?", v.status().name(), truncate(v.reason()),
                    chain, brokenLink, failure, runId, v.accountId(), v.ruleId()) == 0) {
                jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason, chain, broken_link, "
                        + "failure) VALUES (?,?,?,?,?,?,?,?)", runId, v.accountId(), v.ruleId(), v.status().name(),
                        truncate(v.reason()), chain, brokenLink, failure);
            }
        }
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

    public java.util.Optional<RunRecord> findRun(long runId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM scan_run WHERE run_id = ?", Integer.class, runId);
        return rows != null && rows > 0 ? java.util.Optional.of(run(runId)) : java.util.Optional.empty();
    }

    public RunRecord run(long runId) {
        return jdbc.queryForObject("SELECT run_id, started_at, finished_at, organization_id, management_account_id, "
                + "profile, rules, regions, source, workbook FROM scan_run WHERE run_id = ?", (rs, i) -> new RunRecord(
                rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                rs.getString(6), List.of(rs.getString(7).split(",")),
                rs.getString(8).isEmpty() ? List.of() : List.of(rs.getString(8).split(",")), rs.getString(9),
                rs.getString(10)), runId);
    }

    /** The organization's latest finished run before this one, to compare with. */
    public java.util.Optional<Long> previousRunId(long runId, String organizationId) {
        Long previous = jdbc.queryForObject("SELECT MAX(run_id) FROM scan_run WHERE run_id < ? AND organization_id = ? "
                + "AND finished_at IS NOT NULL", Long.class, runId, organizationId);
        return java.util.Optional.ofNullable(previous);
    }

    public void finishRun(long runId, Instant finishedAt, String workbook) {
        jdbc.update("UPDATE scan_run SET finished_at = ?, workbook = ? WHERE run_id = ?",
                Timestamp.from(finishedAt), workbook, runId);
    }

    private static String truncate(String reason) {
        return reason.length() <= 8000 ? reason : reason.substring(0, 7997) + "...";
    }
}
