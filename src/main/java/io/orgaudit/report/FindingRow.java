package io.orgaudit.report;

import java.util.Objects;

/** One account and one rule: the verdict, why, and the evidence (null when nothing was found). */
public record FindingRow(String accountId, String accountName, String ouPath, String ruleId, Verdict verdict, String reason,
                         Evidence evidence, ErrorDetail error) {

    /** A finding that no failed call explains (PASS, FAIL). */
    public FindingRow(String accountId, String accountName, String ouPath, String ruleId, Verdict verdict,
                      String reason, Evidence evidence) {
        this(accountId, accountName, ouPath, ruleId, verdict, reason, evidence, null);
    }

    public FindingRow {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(verdict, "verdict");
    }
}
