package io.orgaudit.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.orgaudit.rule.Verdict.Status;

/** The counts the Summary shows: accounts by verdict, and per framework how many accounts pass. */
final class Compliance {

    private Compliance() {
    }

    /** One framework over all accounts. Percentage is of the accounts evaluated (PASS or FAIL); ERROR is left out. */
    record FrameworkTally(FrameworkColumn framework, int passed, int failed, int error) {

        int evaluated() {
            return passed + failed;
        }

        /** Null when no account could be evaluated, so a chart shows no bar rather than a misleading 0 %. */
        Double compliance() {
            return evaluated() == 0 ? null : (double) passed / evaluated();
        }
    }

    /** One rule over all accounts; the same arithmetic as a framework's. */
    record Tally(int passed, int failed, int error) {

        Double compliance() {
            return passed + failed == 0 ? null : (double) passed / (passed + failed);
        }
    }

    static Tally ofRule(String ruleId, List<AccountRow> accounts) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        accounts.stream().map(a -> a.verdictByRule().get(ruleId)).filter(v -> v != null)
                .forEach(v -> counts.merge(v, 1, Integer::sum));
        return new Tally(counts.getOrDefault(Status.PASS, 0), counts.getOrDefault(Status.FAIL, 0),
                counts.getOrDefault(Status.ERROR, 0));
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

    static List<FrameworkTally> perFramework(List<FrameworkColumn> frameworks, List<AccountRow> accounts) {
        List<FrameworkTally> tallies = new ArrayList<>();
        for (FrameworkColumn framework : frameworks) {
            int passed = 0;
            int failed = 0;
            int error = 0;
            for (AccountRow account : accounts) {
                Status verdict = FrameworkScore.of(account, framework).verdict();
                if (verdict == Status.PASS) {
                    passed++;
                } else if (verdict == Status.FAIL) {
                    failed++;
                } else if (verdict == Status.ERROR) {
                    error++;
                }
            }
            tallies.add(new FrameworkTally(framework, passed, failed, error));
        }
        return tallies;
    }
}
