package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;

import io.orgaudit.rule.Verdict.Status;

/** How one account fares in one framework: the rules of the framework it passed, out of those evaluated. */
record FrameworkScore(Status verdict, int passed, int total) {

    static FrameworkScore of(AccountRow account, FrameworkColumn framework) {
        List<Status> verdicts = new ArrayList<>();
        for (String ruleId : framework.ruleIds()) {
            Status verdict = account.verdictByRule().get(ruleId);
            if (verdict != null) {
                verdicts.add(verdict);
            }
        }
        int passed = (int) verdicts.stream().filter(Status.PASS::equals).count();
        return new FrameworkScore(Verdicts.combine(verdicts), passed, verdicts.size());
    }

    boolean evaluated() {
        return verdict != null;
    }

    /**
     * The Matrix cell: the verdict alone for a one-rule framework, else the verdict and passed/total ("FAIL 2/3").
     * The verdict always leads so that the conditional formatting can colour by the first word.
     */
    String label(int rulesInFramework) {
        if (verdict == null) {
            return "";
        }
        return rulesInFramework <= 1 ? verdict.name() : verdict.name() + " " + passed + "/" + total;
    }
}
