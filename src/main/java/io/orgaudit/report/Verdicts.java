package io.orgaudit.report;

import java.util.Collection;

import io.orgaudit.rule.Verdict.Status;

/** How several verdicts combine into one. */
final class Verdicts {

    private Verdicts() {
    }

    /** FAIL beats ERROR beats PASS: a known failure is the stronger statement. Null when there is nothing. */
    static Status combine(Collection<Status> verdicts) {
        if (verdicts.isEmpty()) {
            return null;
        }
        if (verdicts.contains(Status.FAIL)) {
            return Status.FAIL;
        }
        return verdicts.contains(Status.ERROR) ? Status.ERROR : Status.PASS;
    }
}
