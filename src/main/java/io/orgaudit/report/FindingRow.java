package io.orgaudit.report;

import java.util.Objects;

import io.orgaudit.exceptions.ExceptionOutcome;
import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/**
 * One account and one rule: the rule's verdict, with the account it is about as the Matrix names it, and the
 * exception that covers them, if any.
 *
 * @param exception     the exception covering the account and rule (in force or expired), or null
 * @param exceptionNote what the exception did, as a sentence; "" without one
 */
public record FindingRow(String accountId, String accountName, String ouPath, Verdict verdict,
                         ExceptionOutcome exception, String exceptionNote) {

    public FindingRow {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(verdict, "verdict");
        exceptionNote = exceptionNote == null ? "" : exceptionNote;
    }

    /** Without an exception. */
    public FindingRow(String accountId, String accountName, String ouPath, Verdict verdict) {
        this(accountId, accountName, ouPath, verdict, null, "");
    }

    /** What the workbook shows: EXCEPTED for a FAIL an exception in force covers, else the verdict. */
    Standing standing() {
        return Standing.of(verdict.status(), exception != null && exception.excepted());
    }

    public String ruleId() {
        return verdict.ruleId();
    }

    public Verdict.Status status() {
        return verdict.status();
    }

    public String reason() {
        return verdict.reason();
    }

    /** The chain the verdict is based on; null when nothing was found. */
    public Verdict.Chain chain() {
        return verdict.chain();
    }

    /** Where a FAIL's chain breaks; null for a PASS or an ERROR. */
    public BrokenLink brokenLink() {
        return verdict.brokenLink();
    }
}
