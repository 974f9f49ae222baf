package io.orgaudit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How one account fares in one framework: the rules of the framework it passed, out of those evaluated, and how many
 * of the rest are excepted failures.
 */
record FrameworkScore(Standing verdict, int passed, int excepted, int total) {

    static FrameworkScore of(AccountRow account, FrameworkColumn framework) {
        List<Standing> standings = new ArrayList<>();
        for (String ruleId : framework.ruleIds()) {
            Standing standing = account.standing(ruleId);
            if (standing != null) {
                standings.add(standing);
            }
        }
        int passed = (int) standings.stream().filter(Standing.PASS::equals).count();
        int excepted = (int) standings.stream().filter(Standing.EXCEPTED::equals).count();
        return new FrameworkScore(Standing.combine(standings), passed, excepted, standings.size());
    }

    boolean evaluated() {
        return verdict != null;
    }

    /**
     * The Matrix cell: the verdict alone for a one-rule framework, else the verdict and passed/total ("FAIL 2/3";
     * "EXCEPTED 2/3": two passed, the third is an excepted failure). The verdict always leads so that the
     * conditional formatting can colour by the first word.
     */
    String label(int rulesInFramework) {
        if (verdict == null) {
            return "";
        }
        return rulesInFramework <= 1 ? verdict.name() : verdict.name() + " " + passed + "/" + total;
    }
}
