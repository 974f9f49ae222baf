package io.orgaudit.report;

import java.util.Map;
import java.util.Objects;

import io.orgaudit.rule.Verdict.Status;

/**
 * One account of the Matrix with its verdict per rule id. The e-mail is raw; the report masks it.
 *
 * @param skippedBecause why the run did not scan the account (e.g. "SUSPENDED"), or null for a scanned account
 */
public record AccountRow(String accountId, String name, String email, String ouPath, Map<String, Status> verdictByRule,
                         String skippedBecause) {

    /** A scanned account. */
    public AccountRow(String accountId, String name, String email, String ouPath, Map<String, Status> verdictByRule) {
        this(accountId, name, email, ouPath, verdictByRule, null);
    }

    public AccountRow {
        Objects.requireNonNull(accountId, "accountId");
        verdictByRule = verdictByRule == null ? Map.of() : Map.copyOf(verdictByRule);
    }

    /**
     * The account's verdict over all its rules: FAIL when any rule fails (the account is known not to comply),
     * else ERROR when any rule could not be evaluated, else PASS; null when nothing was evaluated.
     */
    public Status overallVerdict() {
        return Verdicts.combine(verdictByRule.values());
    }
}
