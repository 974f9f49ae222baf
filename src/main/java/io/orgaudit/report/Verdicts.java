package io.orgaudit.report;

import java.util.Collection;

/** How several verdicts combine into one. */
final class Verdicts {

    private Verdicts() {
    }

    /** FAIL beats ERROR beats PASS: a known failure is the stronger statement. Null when there is nothing. */
    static Verdict combine(Collection<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return null;
        }
        if (verdicts.contains(Verdict.FAIL)) {
            return Verdict.FAIL;
        }
        return verdicts.contains(Verdict.ERROR) ? Verdict.ERROR : Verdict.PASS;
    }
}
