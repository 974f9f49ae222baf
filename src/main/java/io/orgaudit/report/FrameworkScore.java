package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;

/** How one account fares in one framework: the rules of the framework it passed, out of those evaluated. */
record FrameworkScore(Verdict verdict, int passed, int total) {

    static FrameworkScore of(AccountRow account, FrameworkColumn framework) {
        List<Verdict> verdicts = new ArrayList<>();
        for (String ruleId : framework.ruleIds()) {
            Verdict verdict = account.verdictByRule().get(ruleId);
            if (verdict != null) {
                verdicts.add(verdict);
            }
        }
        int passed = (int) verdicts.stream().filter(Verdict.PASS::equals).count();
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
