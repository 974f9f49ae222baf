package io.orgaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.orgaudit.rule.Verdict.Status;

/** The history the Trend sheet reads, on orgaudit's real tables. */
class TrendStoreTest {

    private final JdbcTemplate jdbc = InMemoryTables.create();
    private final TrendStore store = new TrendStore(jdbc);

    private void run(long runId, String organization, boolean finished) {
        Instant started = Instant.parse("2026-11-01T02:00:00Z").plusSeconds(86_400 * runId);
        jdbc.update("INSERT INTO scan_run (run_id, started_at, finished_at, organization_id, profile, rules, regions, "
                        + "source) VALUES (?,?,?,?,?,?,?,?)", runId, Timestamp.from(started),
                finished ? Timestamp.from(started.plusSeconds(60)) : null, organization, "gsl", "R1", "us-east-1",
                "demo");
    }

    private void verdict(long runId, String account, String rule, Status status) {
        jdbc.update("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason) VALUES (?,?,?,?,?)",
                runId, account, rule, status.name(), "why");
    }

    private List<Long> runIds(long runId, int limit) {
        return store.runsUpTo(runId, "o-a", limit).stream().map(TrendStore.TrendRun::runId).toList();
    }

    @Test
    void theRunAndTheOrganizationsLatestFinishedRunsBeforeItOldestFirst() {
        run(1, "o-a", true);
        run(2, "o-a", false);   // killed, never finished
        run(3, "o-a", true);
        run(4, "o-b", true);    // another organization
        run(5, "o-a", false);   // the run being reported, not yet marked finished
        run(6, "o-a", true);    // later than the run reported

        assertThat(runIds(5, 30)).containsExactly(1L, 3L, 5L);
        assertThat(runIds(5, 2)).containsExactly(3L, 5L);
        assertThat(runIds(5, 1)).containsExactly(5L);
        assertThat(store.runsUpTo(5, "o-a", 30).get(0).startedAt()).isEqualTo(Instant.parse("2026-11-02T02:00:00Z"));
    }

    @Test
    void verdictsComeRunByRunInTheOrderAskedEachRunsByAccountAndOnlyOfTheRunsAsked() {
        run(1, "o-a", true);
        run(2, "o-a", true);
        run(3, "o-a", true);
        verdict(2, "222222222222", "R1", Status.FAIL);
        verdict(1, "222222222222", "R1", Status.PASS);
        verdict(2, "111111111111", "R1", Status.ERROR);
        verdict(1, "111111111111", "R2", Status.PASS);
        verdict(3, "111111111111", "R1", Status.FAIL);

        List<String> streamed = new ArrayList<>();
        store.verdicts(List.of(2L, 1L), verdict -> streamed.add(verdict.accountId() + " run " + verdict.runId() + " "
                + verdict.ruleId() + " " + verdict.status()));

        assertThat(streamed).containsExactly("111111111111 run 2 R1 ERROR", "222222222222 run 2 R1 FAIL",
                "111111111111 run 1 R2 PASS", "222222222222 run 1 R1 PASS");
    }
}
