package io.orgaudit.report;

import java.util.Collection;

import io.orgaudit.rule.Verdict.Status;

/**
 * What the workbook shows for a verdict: the verdict itself, or EXCEPTED for a FAIL an exception in force covers.
 * The real verdict is kept beside it; an ERROR is never excepted.
 */
enum Standing {
    PASS, EXCEPTED, FAIL, ERROR;

    static Standing of(Status real, boolean excepted) {
        return switch (real) {
            case PASS -> PASS;
            case FAIL -> excepted ? EXCEPTED : FAIL;
            case ERROR -> ERROR;
        };
    }

    /**
     * FAIL beats ERROR beats EXCEPTED beats PASS: a known failure is the strongest statement, and an accepted risk
     * is still a risk. Null when there is nothing.
     */
    static Standing combine(Collection<Standing> standings) {
        if (standings.isEmpty()) {
            return null;
        }
        for (Standing strongest : new Standing[] {FAIL, ERROR, EXCEPTED}) {
            if (standings.contains(strongest)) {
                return strongest;
            }
        }
        return PASS;
    }
}
