package io.orgaudit.report;

import java.util.Map;
import java.util.Objects;

import io.orgaudit.exceptions.ExceptionOutcome;
import io.orgaudit.rule.Verdict.Status;

/**
 * One account of the Matrix with its verdict per rule id, and the exceptions that cover some of them. The e-mail is
 * raw; the report masks it.
 *
 * @param skippedBecause   why the run did not scan the account (e.g. "SUSPENDED"), or null for a scanned account
 * @param exceptionsByRule per rule id, the exception covering the account there (in force or expired); most have none
 */
public record AccountRow(String accountId, String name, String email, String ouPath, Map<String, Status> verdictByRule,
                         String skippedBecause, Map<String, ExceptionOutcome> exceptionsByRule) {

    /** A scanned account. */
    public AccountRow(String accountId, String name, String email, String ouPath, Map<String, Status> verdictByRule) {
        this(accountId, name, email, ouPath, verdictByRule, null, Map.of());
    }

    /** Without exceptions. */
    public AccountRow(String accountId, String name, String email, String ouPath, Map<String, Status> verdictByRule,
                      String skippedBecause) {
        this(accountId, name, email, ouPath, verdictByRule, skippedBecause, Map.of());
    }

    public AccountRow {
        Objects.requireNonNull(accountId, "accountId");
        verdictByRule = verdictByRule == null ? Map.of() : Map.copyOf(verdictByRule);
        exceptionsByRule = exceptionsByRule == null ? Map.of() : Map.copyOf(exceptionsByRule);
    }

    /**
     * The account's real verdict over all its rules: FAIL when any rule fails (the account is known not to comply),
     * else ERROR when any rule could not be evaluated, else PASS; null when nothing was evaluated.
     */
    public Status overallVerdict() {
        return Verdicts.combine(verdictByRule.values());
    }

    /** What the workbook shows for the rule: EXCEPTED for a FAIL an exception in force covers; null: not evaluated. */
    Standing standing(String ruleId) {
        Status real = verdictByRule.get(ruleId);
        if (real == null) {
            return null;
        }
        ExceptionOutcome exception = exceptionsByRule.get(ruleId);
        return Standing.of(real, exception != null && exception.excepted());
    }

    /** {@link #overallVerdict()} with excepted FAILs shown as EXCEPTED. */
    Standing overallStanding() {
        return Standing.combine(verdictByRule.keySet().stream().map(this::standing).toList());
    }

    /** The Matrix's rule cell: the standing, with the real verdict beside it where an exception is involved. */
    String ruleCell(String ruleId) {
        Status real = verdictByRule.get(ruleId);
        if (real == null) {
            return "";
        }
        ExceptionOutcome exception = exceptionsByRule.get(ruleId);
        if (exception == null) {
            return real.name();
        }
        return switch (exception.standing()) {
            case EXCEPTED -> "EXCEPTED (FAIL)";
            case NOT_NEEDED -> "PASS (exception not needed)";
            case NOT_APPLIED_TO_ERROR -> "ERROR (not excepted)";
            case EXPIRED -> real == Status.PASS ? "PASS" : real.name() + " (exception expired)";
        };
    }
}
