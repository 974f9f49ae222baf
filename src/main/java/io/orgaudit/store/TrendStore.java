package io.orgaudit.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.rule.Verdict;

/**
 * The history the Trend sheet reads: a run and the organization's earlier finished runs, and their verdicts' status
 * alone (never reason or chain), streamed so that many runs of a large organization do not sit in memory.
 */
public class TrendStore {

    /** A run of the trend: its id and when it started. */
    public record TrendRun(long runId, Instant startedAt) {}

    /** One verdict of the history, without its reason or chain. */
    public record TrendVerdict(long runId, String accountId, String ruleId, Verdict.Status status) {}

    private static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public TrendStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        // PostgreSQL's driver holds a whole result unless told a fetch size (inside a transaction, as here)
        streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * This run and the organization's latest {@code limit - 1} finished runs before it, oldest first. The run itself
     * is included whether or not it is marked finished (its workbook is being written).
     */
    public List<TrendRun> runsUpTo(long runId, String organizationId, int limit) {
        List<TrendRun> runs = new ArrayList<>();
        if (limit > 1) {
            jdbc.query("SELECT run_id, started_at FROM scan_run WHERE run_id < ? AND organization_id = ? "
                            + "AND finished_at IS NOT NULL ORDER BY run_id DESC FETCH FIRST " + (limit - 1)
                            + " ROWS ONLY",
                    rs -> {
                        runs.add(new TrendRun(rs.getLong(1), rs.getTimestamp(2).toInstant()));
                    }, runId, organizationId);
        }
        Collections.reverse(runs);
        jdbc.query("SELECT run_id, started_at FROM scan_run WHERE run_id = ?",
                rs -> {
                    runs.add(new TrendRun(rs.getLong(1), rs.getTimestamp(2).toInstant()));
                }, runId);
        return runs;
    }

    /**
     * The verdicts of these runs, run by run in the order given, each run's ordered by account: the order of the
     * table's key, so the database reads them without sorting. A run of 10,000 accounts x 15 rules is 150,000 small
     * rows; they are fetched in batches, not held.
     */
    public void verdicts(List<Long> runIds, Consumer<TrendVerdict> consumer) {
        for (long runId : runIds) {
            streaming.query("SELECT account_id, rule_id, status FROM scan_verdict WHERE run_id = ? "
                            + "ORDER BY account_id, rule_id",
                    rs -> {
                        consumer.accept(new TrendVerdict(runId, rs.getString(1), rs.getString(2),
                                Verdict.Status.valueOf(rs.getString(3))));
                    }, runId);
        }
    }
}
