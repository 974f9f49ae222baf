package io.orgaudit.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.orgaudit.organization.OrganizationInfo;

/**
 * The runs (scan_run): when each started and finished, with what settings, of which organization, and its
 * workbook. Keyed writes, as every store's (see {@link ScanStore}).
 */
public class RunStore {

    private final JdbcTemplate jdbc;

    public RunStore(JdbcTemplate jdbc) {
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

    public java.util.Optional<Long> latestRunId() {
        return java.util.Optional.ofNullable(jdbc.queryForObject("SELECT MAX(run_id) FROM scan_run", Long.class));
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
}
