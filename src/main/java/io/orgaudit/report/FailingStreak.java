package io.orgaudit.report;

import io.orgaudit.rule.Verdict.Status;

/**
 * Since when an account (or an account's rule) has been failing: fed the verdicts of one account oldest run first,
 * it keeps the first run of the current unbroken run of FAILs and how many runs failed in it. A PASS breaks the
 * streak; an ERROR or a run that did not scan the account (null) neither breaks it nor starts it, because nothing
 * was learned about compliance in that run.
 */
final class FailingStreak {

    private long firstFailedRun = -1;
    private int runsFailing;

    /** The verdict of the next run, in run order; null when that run has no verdict for the account. */
    void next(long runId, Status status) {
        if (status == Status.PASS) {
            firstFailedRun = -1;
            runsFailing = 0;
        } else if (status == Status.FAIL) {
            if (runsFailing == 0) {
                firstFailedRun = runId;
            }
            runsFailing++;
        }
    }

    boolean failing() {
        return runsFailing > 0;
    }

    /** The run that started the current streak; only meaningful while {@link #failing()}. */
    long firstFailedRun() {
        return firstFailedRun;
    }

    /** Runs that FAILed in the current streak (ERROR or unscanned runs between them not counted). */
    int runsFailing() {
        return runsFailing;
    }
}
