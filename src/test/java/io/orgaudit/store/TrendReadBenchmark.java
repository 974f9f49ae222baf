package io.orgaudit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.orgaudit.database.OrgauditMigrations;
import io.orgaudit.report.AccountRow;
import io.orgaudit.report.FrameworkColumn;
import io.orgaudit.report.TrendBuilder;
import io.orgaudit.report.TrendHistory;
import io.orgaudit.rule.Verdict.Status;

/**
 * How long the Trend sheet's history read takes on a large database: {@code bench.trend.accounts} accounts (default
 * 10,000) x {@code bench.trend.runs} finished runs (30) x {@code bench.trend.rules} rules (15), in an H2 file database
 * like the default one. Prints the figures. Run with
 * {@code ./mvnw -o -B -Pbenchmark test -Dtest=TrendReadBenchmark}.
 */
@Tag("benchmark")
class TrendReadBenchmark {

    @TempDir
    Path directory;

    @Test
    void readsTheHistoryOfManyRunsOfALargeOrganization() {
        int accounts = Integer.getInteger("bench.trend.accounts", 10_000);
        int runs = Integer.getInteger("bench.trend.runs", 30);
        int rules = Integer.getInteger("bench.trend.rules", 15);
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + directory.resolve("orgaudit"),
                "sa", "");
        OrgauditMigrations.apply(dataSource, "h2");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long loadStarted = System.nanoTime();
        fill(jdbc, accounts, runs, rules);
        long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;

        TrendStore store = new TrendStore(jdbc);
        long readOnlyStarted = System.nanoTime();
        AtomicLong read = new AtomicLong();
        store.verdicts(store.runsUpTo(runs, "o-bench", runs).stream().map(TrendStore.TrendRun::runId).toList(),
                verdict -> read.incrementAndGet());
        long readOnlyMillis = (System.nanoTime() - readOnlyStarted) / 1_000_000;
        System.gc();
        long started = System.nanoTime();
        List<TrendStore.TrendRun> trendRuns = store.runsUpTo(runs, "o-bench", runs);
        AtomicLong verdicts = new AtomicLong();
        List<AccountRow> lastRun = lastRun(accounts, runs, rules);
        TrendBuilder builder = new TrendBuilder(trendRuns.stream()
                .map(run -> new TrendHistory.Run(run.runId(), run.startedAt())).toList(), ruleIds(rules),
                frameworks(rules), lastRun);
        store.verdicts(trendRuns.stream().map(TrendStore.TrendRun::runId).toList(), verdict -> {
            verdicts.incrementAndGet();
            builder.accept(verdict);
        });
        TrendHistory trend = builder.build();
        long readMillis = (System.nanoTime() - started) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("trend-read accounts=%d runs=%d rules=%d frameworks=%d verdicts=%d failingNow=%d "
                        + "loadMillis=%d readOnlyMillis=%d readAndBuildMillis=%d maxHeapMB=%d usedHeapMB=%d%n", accounts,
                trendRuns.size(), rules, trend.frameworks().size(), verdicts.get(), trend.failingSince().size(),
                loadMillis, readOnlyMillis, readMillis, runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);

        assertThat(trendRuns).hasSize(runs);
        assertThat(verdicts.get()).isEqualTo((long) accounts * runs * rules);
        assertThat(trend.failingSince()).hasSize((int) lastRun.stream()
                .filter(account -> account.verdictByRule().containsValue(Status.FAIL)).count());
    }

    private static final String[] STATUSES = {"PASS", "PASS", "FAIL", "PASS", "ERROR", "FAIL", "PASS"};

    private static String status(int account, int rule, int run) {
        return STATUSES[(account + rule + run) % STATUSES.length];
    }

    private static List<String> ruleIds(int rules) {
        return IntStream.range(0, rules).mapToObj(rule -> "ORGAUDIT.MON." + rule).toList();
    }

    /** As many frameworks as the catalogue has (31), each with every rule. */
    private static List<FrameworkColumn> frameworks(int rules) {
        Map<String, String> controls = new LinkedHashMap<>();
        ruleIds(rules).forEach(rule -> controls.put(rule, "3." + rule.length()));
        return IntStream.range(0, 31).mapToObj(i -> new FrameworkColumn("Framework " + i, controls)).toList();
    }

    /** The run reported's accounts with their verdicts, as the workbook's content has them. */
    private static List<AccountRow> lastRun(int accounts, int runs, int rules) {
        List<AccountRow> rows = new ArrayList<>();
        for (int account = 0; account < accounts; account++) {
            Map<String, Status> verdicts = new LinkedHashMap<>();
            for (int rule = 0; rule < rules; rule++) {
                verdicts.put("ORGAUDIT.MON." + rule, Status.valueOf(status(account, rule, runs)));
            }
            rows.add(new AccountRow(String.format("%012d", account), "workload-" + account, "a@example.com", "Prod",
                    verdicts));
        }
        return rows;
    }

    /** Every run finished, every account with a verdict per rule: a mix of PASS, FAIL and ERROR. */
    private static void fill(JdbcTemplate jdbc, int accounts, int runs, int rules) {
        for (int run = 1; run <= runs; run++) {
            Instant started = Instant.parse("2026-10-01T02:00:00Z").plusSeconds(86_400L * run);
            jdbc.update("INSERT INTO scan_run (run_id, started_at, finished_at, organization_id, profile, rules, "
                    + "regions, source) VALUES (?,?,?,?,?,?,?,?)", run, Timestamp.from(started),
                    Timestamp.from(started.plusSeconds(600)), "o-bench", "gsl", "R", "us-east-1", "demo");
            List<Object[]> rows = new ArrayList<>();
            for (int account = 0; account < accounts; account++) {
                for (int rule = 0; rule < rules; rule++) {
                    rows.add(new Object[] {run, String.format("%012d", account), "ORGAUDIT.MON." + rule,
                            status(account, rule, run), "a reason of some length, like ours"});
                }
                if (rows.size() >= 10_000) {
                    insert(jdbc, rows);
                }
            }
            insert(jdbc, rows);
        }
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO scan_verdict (run_id, account_id, rule_id, status, reason) VALUES (?,?,?,?,?)",
                rows);
        rows.clear();
    }
}
