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

    private final JdbcTemplate jdbc;

    public TrendStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** The verdicts of these runs, one account at a time: ordered by account id, then run id. */
    public void verdicts(List<Long> runIds, Consumer<TrendVerdict> consumer) {
        if (runIds.isEmpty()) {
            return;
        }
        jdbc.query("SELECT run_id, account_id, rule_id, status FROM scan_verdict WHERE run_id IN ("
                        + String.join(",", Collections.nCopies(runIds.size(), "?")) + ") ORDER BY account_id, run_id",
                rs -> {
                    consumer.accept(new TrendVerdict(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Verdict.Status.valueOf(rs.getString(4))));
                }, runIds.toArray());
    }
}
