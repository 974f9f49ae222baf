package io.orgaudit.report;

/** The outcome of one rule for one account. */
public enum Verdict {
    PASS, FAIL, ERROR
}
