package io.orgaudit.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /** Accounts by their overall verdict (see {@link AccountRow#overallVerdict()}). */
    record AccountCounts(int passed, int failed, int error, int notEvaluated) {

        int total() {
            return passed + failed + error + notEvaluated;
        }
    }

    static AccountCounts accountsByVerdict(List<AccountRow> accounts) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int notEvaluated = 0;
        for (AccountRow account : accounts) {
            Verdict overall = account.overallVerdict();
            if (overall == null) {
                notEvaluated++;
            } else {
                counts.merge(overall, 1, Integer::sum);
            }
        }
        return new AccountCounts(counts.getOrDefault(Verdict.PASS, 0), counts.getOrDefault(Verdict.FAIL, 0),
                counts.getOrDefault(Verdict.ERROR, 0), notEvaluated);
    }

    static List<FrameworkTally> perFramework(List<FrameworkColumn> frameworks, List<AccountRow> accounts) {
        List<FrameworkTally> tallies = new ArrayList<>();
        for (FrameworkColumn framework : frameworks) {
            int passed = 0;
            int failed = 0;
            int error = 0;
            for (AccountRow account : accounts) {
                Verdict verdict = FrameworkScore.of(account, framework).verdict();
                if (verdict == Verdict.PASS) {
                    passed++;
                } else if (verdict == Verdict.FAIL) {
                    failed++;
                } else if (verdict == Verdict.ERROR) {
                    error++;
                }
            }
            tallies.add(new FrameworkTally(framework, passed, failed, error));
        }
        return tallies;
    }
}
