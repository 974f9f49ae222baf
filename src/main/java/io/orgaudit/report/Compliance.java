package io.orgaudit.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.orgaudit.rule.Verdict.Status;

/** The counts the Summary shows: accounts by verdict, and per framework how many accounts pass. */
final class Compliance {

    private Compliance() {
    }

    /**
     * Accounts by verdict, for one framework or one rule. Percentage is of the accounts evaluated (PASS or FAIL);
     * ERROR is left out.
     */
    record Tally(int passed, int failed, int error) {

        int evaluated() {
            return passed + failed;
        }

        /** Null when no account could be evaluated, so a chart shows no bar rather than a misleading 0 %. */
        Double compliance() {
            return evaluated() == 0 ? null : (double) passed / evaluated();
        }

        /** Counts the verdicts given; null stands for an account with no verdict here and is not counted. */
        static Tally of(Stream<Status> verdicts) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            verdicts.filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
            return new Tally(counts.getOrDefault(Status.PASS, 0), counts.getOrDefault(Status.FAIL, 0),
                    counts.getOrDefault(Status.ERROR, 0));
        }
    }

    /** One framework over all accounts: an account passes it when every rule of the framework passes. */
    static Tally ofFramework(FrameworkColumn framework, List<AccountRow> accounts) {
        return Tally.of(accounts.stream().map(account -> FrameworkScore.of(account, framework).verdict()));
    }

    static Tally ofRule(String ruleId, List<AccountRow> accounts) {
        return Tally.of(accounts.stream().map(account -> account.verdictByRule().get(ruleId)));
    }

    /** Accounts by their overall verdict (see {@link AccountRow#overallVerdict()}). */
    record AccountCounts(int passed, int failed, int error, int notEvaluated) {

        int total() {
            return passed + failed + error + notEvaluated;
        }
    }

    static AccountCounts accountsByVerdict(List<AccountRow> accounts) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int notEvaluated = 0;
        for (AccountRow account : accounts) {
            Status overall = account.overallVerdict();
            if (overall == null) {
                notEvaluated++;
            } else {
                counts.merge(overall, 1, Integer::sum);
            }
        }
        return new AccountCounts(counts.getOrDefault(Status.PASS, 0), counts.getOrDefault(Status.FAIL, 0),
                counts.getOrDefault(Status.ERROR, 0), notEvaluated);
    }
}
