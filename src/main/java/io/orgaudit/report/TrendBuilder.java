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
 * Builds a {@link TrendHistory} from the verdicts of its runs, streamed run by run, each run's grouped by account
 * (the order of the verdict table's key, so the database need not sort). Only one account's verdicts are held at a
 * time, plus the history of the accounts failing in the run reported, which the failing list needs. The verdicts
 * are the real ones: exceptions play no part in the trend. Rules and frameworks are the run reported's; verdicts of
 * other rules are left out.
 */
public final class TrendBuilder {

    private final List<TrendHistory.Run> runs;
    private final Map<Long, Integer> runIndex = new HashMap<>();
    private final List<String> ruleIds;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    /** Per rule (in ruleIds' order), per run, per standing: the accounts. */
    private final int[][][] ruleCounts;
    /** Frameworks with the same rules share one count (31 frameworks, a handful of distinct rule sets). */
    private final Map<List<Integer>, int[][]> countsByRuleSet = new LinkedHashMap<>();
    private final Map<String, List<Integer>> ruleSetOfFramework = new LinkedHashMap<>();
    /** The accounts failing in the run reported, in its order, with their history. */
    private final Map<String, FailingHistory> failingNow = new LinkedHashMap<>();
    /** Every rule index, for an account's overall status in a run. */
    private final List<Integer> allRules;

    private int run = -1;
    private String accountId;
    /** The verdicts of the account being read, in the run being read, per rule index (null: none). */
    private final Status[] statuses;

    /** An account failing now: per rule, its status in each run, and its overall status in each run (null: none). */
    private record FailingHistory(AccountRow account, Map<String, Status[]> byRule, Status[] overall) {}

    /**
     * @param runs     the runs, oldest first, the run reported last
     * @param accounts the run reported's accounts with their real verdicts: which fail now, their names and OU paths
     */
    public TrendBuilder(List<TrendHistory.Run> runs, List<String> ruleIds, List<FrameworkColumn> frameworks,
                        List<AccountRow> accounts) {
        this.runs = List.copyOf(runs);
        for (int i = 0; i < runs.size(); i++) {
            runIndex.put(runs.get(i).runId(), i);
        }
        this.ruleIds = List.copyOf(ruleIds);
        for (int i = 0; i < ruleIds.size(); i++) {
            ruleIndex.put(ruleIds.get(i), i);
        }
        ruleCounts = new int[ruleIds.size()][runs.size()][Standing.values().length];
        statuses = new Status[ruleIds.size()];
        allRules = java.util.stream.IntStream.range(0, ruleIds.size()).boxed().toList();
        for (FrameworkColumn framework : frameworks) {
            List<Integer> ruleSet = framework.ruleIds().stream().map(ruleIndex::get)
                    .filter(java.util.Objects::nonNull).distinct().sorted().toList();
            ruleSetOfFramework.put(framework.name(), ruleSet);
            countsByRuleSet.computeIfAbsent(ruleSet, set -> new int[runs.size()][Standing.values().length]);
        }
        for (AccountRow account : accounts) {
            if (ruleIds.stream().anyMatch(rule -> account.verdictByRule().get(rule) == Status.FAIL)) {
                failingNow.put(account.accountId(),
                        new FailingHistory(account, new HashMap<>(), new Status[runs.size()]));
            }
        }
    }

    /** For the run reported in {@code content}: its rules, frameworks and accounts; the runs oldest first. */
    public static TrendBuilder of(List<TrendStore.TrendRun> runs, WorkbookContent content) {
        return new TrendBuilder(runs.stream().map(run -> new TrendHistory.Run(run.runId(), run.startedAt())).toList(),
                content.ruleIds(), content.frameworks(), content.accounts());
    }

    /** The next verdict: the runs in any order, each run's verdicts grouped by account. */
    public void accept(TrendVerdict verdict) {
        Integer ofRun = runIndex.get(verdict.runId());
        Integer rule = ruleIndex.get(verdict.ruleId());
        if (ofRun == null || rule == null) {
            return;
        }
        if (ofRun != run || !verdict.accountId().equals(accountId)) {
            finishAccount();
            run = ofRun;
            accountId = verdict.accountId();
        }
        statuses[rule] = verdict.status();
    }

    public TrendHistory build() {
        finishAccount();
        Map<String, List<Compliance.Tally>> rules = new LinkedHashMap<>();
        for (int rule = 0; rule < ruleIds.size(); rule++) {
            rules.put(ruleIds.get(rule), tallies(ruleCounts[rule]));
        }
        Map<String, List<Compliance.Tally>> frameworkTallies = new LinkedHashMap<>();
        ruleSetOfFramework.forEach((framework, ruleSet) ->
                frameworkTallies.put(framework, tallies(countsByRuleSet.get(ruleSet))));
        List<TrendHistory.FailingSince> failing = failingNow.values().stream().map(this::failingSince).toList();
        return new TrendHistory(runs, frameworkTallies, rules, failing);
    }

    /** Counts the account's verdicts in the run into the tallies, and keeps them if it fails in the run reported. */
    private void finishAccount() {
        if (accountId == null) {
            return;
        }
        for (int rule = 0; rule < statuses.length; rule++) {
            if (statuses[rule] != null) {
                ruleCounts[rule][run][Standing.of(statuses[rule], false).ordinal()]++;
            }
        }
        countsByRuleSet.forEach((ruleSet, counts) -> {
            Status combined = combined(ruleSet);
            if (combined != null) {
                counts[run][Standing.of(combined, false).ordinal()]++;
            }
        });
        FailingHistory history = failingNow.get(accountId);
        if (history != null) {
            for (int rule = 0; rule < statuses.length; rule++) {
                if (statuses[rule] != null) {
                    history.byRule().computeIfAbsent(ruleIds.get(rule), r -> new Status[runs.size()])[run] =
                            statuses[rule];
                }
            }
            history.overall()[run] = combined(allRules);
        }
        java.util.Arrays.fill(statuses, null);
        accountId = null;
    }

    /**
     * The current account's verdict over these rules, as {@link Standing#combine} ranks them (FAIL, then ERROR, then
     * PASS), without building a list per account and framework; null when none of them has a verdict.
     */
    private Status combined(List<Integer> ruleSet) {
        boolean error = false;
        boolean any = false;
        for (int rule : ruleSet) {
            Status status = statuses[rule];
            if (status == Status.FAIL) {
                return Status.FAIL;
            }
            error |= status == Status.ERROR;
            any |= status != null;
        }
        return error ? Status.ERROR : any ? Status.PASS : null;
    }

    /** An account failing now: since when, and each rule it fails now with its own streak, longest-failing first. */
    private TrendHistory.FailingSince failingSince(FailingHistory history) {
        AccountRow account = history.account();
        Status[] overall = history.overall();
        overall[runs.size() - 1] = Status.FAIL; // the run reported's verdicts say so, whatever was streamed
        List<TrendHistory.RuleFailing> failingRules = new ArrayList<>();
        for (String rule : ruleIds) {
            if (account.verdictByRule().get(rule) == Status.FAIL) {
                Status[] ofRule = history.byRule().getOrDefault(rule, new Status[runs.size()]);
                ofRule[runs.size() - 1] = Status.FAIL;
                FailingStreak streak = streakOf(ofRule);
                failingRules.add(new TrendHistory.RuleFailing(rule, firstRun(streak), streak.runsFailing()));
            }
        }
        // longest-failing first; a stable sort keeps the rules' order among equals
        failingRules.sort(Comparator.comparingInt(rule -> runIndex.get(rule.firstFailed().runId())));
        FailingStreak streak = streakOf(overall);
        return new TrendHistory.FailingSince(account.accountId(), account.name(), account.ouPath(), firstRun(streak),
                streak.runsFailing(), failingRules);
    }

    private FailingStreak streakOf(Status[] perRun) {
        FailingStreak streak = new FailingStreak();
        for (int i = 0; i < runs.size(); i++) {
            streak.next(runs.get(i).runId(), perRun[i]);
        }
        return streak;
    }

    private TrendHistory.Run firstRun(FailingStreak streak) {
        return runs.get(runIndex.get(streak.firstFailedRun()));
    }

    private static List<Compliance.Tally> tallies(int[][] counts) {
        List<Compliance.Tally> tallies = new ArrayList<>();
        for (int[] ofRun : counts) {
            tallies.add(new Compliance.Tally(ofRun[Standing.PASS.ordinal()], 0, ofRun[Standing.FAIL.ordinal()],
                    ofRun[Standing.ERROR.ordinal()]));
        }
        return tallies;
    }
}
