package io.orgaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
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

    /** Counts the account's verdicts into the tallies and, if it fails in the run reported, since when. */
    private void finishAccount() {
        if (accountId == null) {
            return;
        }
        Status[] overall = new Status[runs.size()];
        for (int run = 0; run < runs.size(); run++) {
            List<Standing> ofRun = new ArrayList<>();
            for (String rule : ruleIds) {
                Standing standing = standing(rule, run);
                if (standing != null) {
                    ruleCounts.get(rule)[run][standing.ordinal()]++;
                    ofRun.add(standing);
                }
            }
            for (FrameworkColumn framework : frameworks) {
                Standing combined = Standing.combine(standings(framework.ruleIds(), run));
                if (combined != null) {
                    frameworkCounts.get(framework.name())[run][combined.ordinal()]++;
                }
            }
            overall[run] = status(Standing.combine(ofRun));
        }
        int current = runs.size() - 1;
        if (overall[current] == Status.FAIL) {
            failingSince.add(failingSince(streakOf(overall)));
        }
        statuses.clear();
        accountId = null;
    }

    /** The current account, failing in the run reported: since when, and each rule it fails with its own streak. */
    private TrendHistory.FailingSince failingSince(FailingStreak account) {
        int current = runs.size() - 1;
        List<TrendHistory.RuleFailing> failingRules = new ArrayList<>();
        for (String rule : ruleIds) {
            Status[] ofRule = statuses.get(rule);
            if (ofRule != null && ofRule[current] == Status.FAIL) {
                FailingStreak streak = streakOf(ofRule);
                failingRules.add(new TrendHistory.RuleFailing(rule, run(streak), streak.runsFailing()));
            }
        }
        // longest-failing first; a stable sort keeps the rules' order among equals
        failingRules.sort(Comparator.comparingInt(rule -> runIndex.get(rule.firstFailed().runId())));
        AccountRow row = accounts.get(accountId);
        return new TrendHistory.FailingSince(accountId, row == null ? null : row.name(),
                row == null ? null : row.ouPath(), run(account), account.runsFailing(), failingRules);
    }

    private FailingStreak streakOf(Status[] perRun) {
        FailingStreak streak = new FailingStreak();
        for (int run = 0; run < runs.size(); run++) {
            streak.next(runs.get(run).runId(), perRun[run]);
        }
        return streak;
    }

    private TrendHistory.Run run(FailingStreak streak) {
        return runs.get(runIndex.get(streak.firstFailedRun()));
    }

    /** The real verdict a standing of the trend stands for (the trend has no EXCEPTED); null for none. */
    private static Status status(Standing standing) {
        return standing == null ? null : switch (standing) {
            case PASS -> Status.PASS;
            case EXCEPTED, FAIL -> Status.FAIL;
            case ERROR -> Status.ERROR;
        };
    }

    private List<Standing> standings(List<String> rules, int run) {
        List<Standing> standings = new ArrayList<>();
        for (String rule : rules) {
            Standing standing = standing(rule, run);
            if (standing != null) {
                standings.add(standing);
            }
        }
        return standings;
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
