package io.orgaudit.report;

import static io.orgaudit.rule.Verdict.Status.ERROR;
import static io.orgaudit.rule.Verdict.Status.FAIL;
import static io.orgaudit.rule.Verdict.Status.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orgaudit.rule.Verdict.Status;
import io.orgaudit.store.TrendStore.TrendVerdict;

/** The tallies and the failing list from verdicts streamed one account at a time, as the store streams them. */
class TrendBuilderTest {

    private static final List<TrendHistory.Run> RUNS = List.of(
            new TrendHistory.Run(4, Instant.parse("2026-11-01T02:00:00Z")),
            new TrendHistory.Run(7, Instant.parse("2026-11-02T02:00:00Z")),
            new TrendHistory.Run(9, Instant.parse("2026-11-03T02:00:00Z")));
    private static final List<String> RULES = List.of("R1", "R2");
    private static final FrameworkColumn BOTH = ReportFixtures.column("Both", "1.1", RULES);

    /** One account's verdicts of one rule, per run (null: none in that run). */
    private record Row(String account, String rule, Status... perRun) {}

    private static Row row(String account, String rule, Status... perRun) {
        return new Row(account, rule, perRun);
    }

    /**
     * Fed the way the store streams them: run by run, the run reported first, each run's verdicts grouped by
     * account; the accounts of the run reported carry its verdicts.
     */
    private static TrendHistory trendOf(List<TrendVerdict> extra, Row... rows) {
        Map<String, Map<String, Status>> current = new java.util.TreeMap<>();
        for (Row row : rows) {
            Status now = row.perRun()[RUNS.size() - 1];
            if (now != null) {
                current.computeIfAbsent(row.account(), a -> new java.util.HashMap<>()).put(row.rule(), now);
            }
        }
        List<AccountRow> accounts = current.entrySet().stream().map(account -> new AccountRow(account.getKey(),
                account.getKey().equals("111111111111") ? "alpha" : "beta", "x@example.com", "Prod",
                account.getValue())).toList();
        TrendBuilder builder = new TrendBuilder(RUNS, RULES, List.of(BOTH), accounts);
        extra.forEach(builder::accept);
        for (int run : new int[] {2, 0, 1}) {
            java.util.Arrays.stream(rows).sorted(java.util.Comparator.comparing(Row::account))
                    .filter(row -> row.perRun()[run] != null)
                    .forEach(row -> builder.accept(new TrendVerdict(RUNS.get(run).runId(), row.account(), row.rule(),
                            row.perRun()[run])));
        }
        return builder.build();
    }

    @Test
    void tallyPerRuleAndFrameworkCountsEachAccountOncePerRun() {
        TrendHistory trend = trendOf(List.of(),
                row("111111111111", "R1", PASS, PASS, FAIL),
                row("111111111111", "R2", PASS, ERROR, PASS),
                row("222222222222", "R1", FAIL, PASS, PASS),
                row("222222222222", "R2", null, PASS, PASS));

        assertThat(trend.rules().get("R1")).extracting(Compliance.Tally::compliance).containsExactly(0.5, 1.0, 0.5);
        // R2: run 4 has one account only; run 7's ERROR is left out of the share
        assertThat(trend.rules().get("R2")).containsExactly(new Compliance.Tally(1, 0, 0, 0),
                new Compliance.Tally(1, 0, 0, 1), new Compliance.Tally(2, 0, 0, 0));
        // an account fails the framework when one rule fails; an ERROR with no FAIL is an ERROR
        assertThat(trend.frameworks().get("Both")).containsExactly(new Compliance.Tally(1, 0, 1, 0),
                new Compliance.Tally(1, 0, 0, 1), new Compliance.Tally(1, 0, 1, 0));
    }

    @Test
    void aFailingAccountIsListedSinceItsStreakWithEachFailingRulesOwnLongestFirst() {
        List<TrendHistory.FailingSince> failing = trendOf(List.of(),
                row("111111111111", "R1", PASS, FAIL, FAIL),
                row("111111111111", "R2", FAIL, PASS, FAIL),
                row("222222222222", "R1", FAIL, PASS, PASS)).failingSince();

        // the account failed some rule in every run, although no single rule did
        assertThat(failing).singleElement().satisfies(account -> {
            assertThat(account.accountId()).isEqualTo("111111111111");
            assertThat(account.accountName()).isEqualTo("alpha");
            assertThat(account.firstFailed().runId()).isEqualTo(4);
            assertThat(account.runsFailing()).isEqualTo(3);
            assertThat(account.rulesText()).isEqualTo("R1 since run 7, 2026-11-02; R2 since run 9, 2026-11-03");
        });
    }

    @Test
    void verdictsOfRunsOrRulesOutsideTheTrendAreLeftOutAndAnAccountNotFailingNowIsNotListed() {
        TrendHistory trend = trendOf(List.of(
                        new TrendVerdict(5, "111111111111", "R1", FAIL),    // a run not in the trend
                        new TrendVerdict(4, "111111111111", "R9", FAIL)),   // a rule the run reported does not have
                row("111111111111", "R1", PASS, PASS, PASS),
                row("222222222222", "R1", FAIL, FAIL, ERROR));            // ERROR now: not failing now

        assertThat(trend.rules()).containsOnlyKeys("R1", "R2");
        assertThat(trend.rules().get("R1").get(0)).isEqualTo(new Compliance.Tally(1, 0, 1, 0));
        assertThat(trend.failingSince()).isEmpty();
    }
}
