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

    private static TrendBuilder builder() {
        return new TrendBuilder(RUNS, RULES, List.of(BOTH), List.of(
                new AccountRow("111111111111", "alpha", "a@example.com", "Prod", Map.of()),
                new AccountRow("222222222222", "beta", "b@example.com", "Dev", Map.of())));
    }

    private static void feed(TrendBuilder builder, String account, String rule, Status... perRun) {
        for (int run = 0; run < perRun.length; run++) {
            if (perRun[run] != null) {
                builder.accept(new TrendVerdict(RUNS.get(run).runId(), account, rule, perRun[run]));
            }
        }
    }

    @Test
    void tallyPerRuleAndFrameworkCountsEachAccountOncePerRun() {
        TrendBuilder builder = builder();
        // account by account, as the store streams them; within an account, rules in any order
        feed(builder, "111111111111", "R1", PASS, PASS, FAIL);
        feed(builder, "111111111111", "R2", PASS, ERROR, PASS);
        feed(builder, "222222222222", "R1", FAIL, PASS, PASS);
        feed(builder, "222222222222", "R2", null, PASS, PASS);

        TrendHistory trend = builder.build();

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
        TrendBuilder builder = builder();
        feed(builder, "111111111111", "R1", PASS, FAIL, FAIL);
        feed(builder, "111111111111", "R2", FAIL, PASS, FAIL);
        feed(builder, "222222222222", "R1", FAIL, PASS, PASS);

        List<TrendHistory.FailingSince> failing = builder.build().failingSince();

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
        TrendBuilder builder = builder();
        builder.accept(new TrendVerdict(5, "111111111111", "R1", FAIL));    // a run not in the trend
        builder.accept(new TrendVerdict(4, "111111111111", "R9", FAIL));    // a rule the run reported does not have
        feed(builder, "111111111111", "R1", PASS, PASS, PASS);
        feed(builder, "222222222222", "R1", FAIL, FAIL, ERROR);            // ERROR now: not failing now

        TrendHistory trend = builder.build();

        assertThat(trend.rules()).containsOnlyKeys("R1", "R2");
        assertThat(trend.rules().get("R1").get(0)).isEqualTo(new Compliance.Tally(1, 0, 1, 0));
        assertThat(trend.failingSince()).isEmpty();
    }
}
