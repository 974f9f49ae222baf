package io.orgaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orgaudit.rule.Verdict.Status;
import io.orgaudit.store.TrendStore;
import io.orgaudit.store.TrendStore.TrendVerdict;

/**
 * Builds a {@link TrendHistory} from verdicts streamed one account at a time (ordered by account, then run): only
 * the current account's verdicts are held. The verdicts are the real ones: exceptions play no part in the trend.
 * Rules and frameworks are the run reported's; verdicts of other rules are left out.
 */
public final class TrendBuilder {

    private final List<TrendHistory.Run> runs;
    private final Map<Long, Integer> runIndex = new HashMap<>();
    private final List<String> ruleIds;
    private final List<FrameworkColumn> frameworks;
    private final Map<String, AccountRow> accounts = new HashMap<>();
    private final Map<String, int[][]> ruleCounts = new LinkedHashMap<>();
    private final Map<String, int[][]> frameworkCounts = new LinkedHashMap<>();
    private final List<TrendHistory.FailingSince> failingSince = new ArrayList<>();

    private String accountId;
    /** The current account's verdicts: per rule id, the status in each run (null: none in that run). */
    private final Map<String, Status[]> statuses = new HashMap<>();

    /**
     * @param runs     the runs, oldest first, the run reported last
     * @param accounts the run reported's accounts, for names and OU paths
     */
    public TrendBuilder(List<TrendHistory.Run> runs, List<String> ruleIds, List<FrameworkColumn> frameworks,
                        List<AccountRow> accounts) {
        this.runs = List.copyOf(runs);
        for (int i = 0; i < runs.size(); i++) {
            runIndex.put(runs.get(i).runId(), i);
        }
        this.ruleIds = List.copyOf(ruleIds);
        this.frameworks = List.copyOf(frameworks);
        accounts.forEach(account -> this.accounts.put(account.accountId(), account));
        ruleIds.forEach(rule -> ruleCounts.put(rule, new int[runs.size()][Standing.values().length]));
        frameworks.forEach(framework -> frameworkCounts.put(framework.name(),
                new int[runs.size()][Standing.values().length]));
    }

    /** For the run reported in {@code content}: its rules, frameworks and accounts; the runs oldest first. */
    public static TrendBuilder of(List<TrendStore.TrendRun> runs, WorkbookContent content) {
        return new TrendBuilder(runs.stream().map(run -> new TrendHistory.Run(run.runId(), run.startedAt())).toList(),
                content.ruleIds(), content.frameworks(), content.accounts());
    }

    /** The next verdict; ordered by account, then run. */
    public void accept(TrendVerdict verdict) {
        Integer run = runIndex.get(verdict.runId());
        if (run == null || !ruleCounts.containsKey(verdict.ruleId())) {
            return;
        }
        if (!verdict.accountId().equals(accountId)) {
            finishAccount();
            accountId = verdict.accountId();
        }
        statuses.computeIfAbsent(verdict.ruleId(), rule -> new Status[runs.size()])[run] = verdict.status();
    }

    public TrendHistory build() {
        finishAccount();
        Map<String, List<Compliance.Tally>> rules = new LinkedHashMap<>();
        ruleCounts.forEach((rule, counts) -> rules.put(rule, tallies(counts)));
        Map<String, List<Compliance.Tally>> frameworkTallies = new LinkedHashMap<>();
        frameworkCounts.forEach((framework, counts) -> frameworkTallies.put(framework, tallies(counts)));
        return new TrendHistory(runs, frameworkTallies, rules, failingSince);
    }

    private void finishAccount() {
        if (accountId == null) {
            return;
        }
        for (int run = 0; run < runs.size(); run++) {
            for (String rule : ruleIds) {
                Standing standing = standing(rule, run);
                if (standing != null) {
                    ruleCounts.get(rule)[run][standing.ordinal()]++;
                }
            }
            for (FrameworkColumn framework : frameworks) {
                List<Standing> standings = new ArrayList<>();
                for (String rule : framework.ruleIds()) {
                    Standing standing = standing(rule, run);
                    if (standing != null) {
                        standings.add(standing);
                    }
                }
                Standing combined = Standing.combine(standings);
                if (combined != null) {
                    frameworkCounts.get(framework.name())[run][combined.ordinal()]++;
                }
            }
        }
        int current = runs.size() - 1;
        for (String rule : ruleIds) {
            Status[] ofRule = statuses.get(rule);
            if (ofRule == null || ofRule[current] != Status.FAIL) {
                continue;
            }
            FailingStreak streak = new FailingStreak();
            for (int run = 0; run < runs.size(); run++) {
                streak.next(runs.get(run).runId(), ofRule[run]);
            }
            AccountRow account = accounts.get(accountId);
            failingSince.add(new TrendHistory.FailingSince(accountId, account == null ? null : account.name(),
                    account == null ? null : account.ouPath(), rule, runs.get(runIndex.get(streak.firstFailedRun())),
                    streak.runsFailing()));
        }
        statuses.clear();
        accountId = null;
    }

    private Standing standing(String rule, int run) {
        Status[] ofRule = statuses.get(rule);
        return ofRule == null || ofRule[run] == null ? null : Standing.of(ofRule[run], false);
    }

    private static List<Compliance.Tally> tallies(int[][] counts) {
        List<Compliance.Tally> tallies = new ArrayList<>();
        for (int[] run : counts) {
            tallies.add(new Compliance.Tally(run[Standing.PASS.ordinal()], 0, run[Standing.FAIL.ordinal()],
                    run[Standing.ERROR.ordinal()]));
        }
        return tallies;
    }
}
