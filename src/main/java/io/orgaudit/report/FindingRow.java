package io.orgaudit.report;

import java.util.Objects;

import io.orgaudit.rule.BrokenLink;
import io.orgaudit.rule.Verdict;

/** One account and one rule: the rule's verdict, with the account it is about as the Matrix names it. */
public record FindingRow(String accountId, String accountName, String ouPath, Verdict verdict) {

    public FindingRow {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(verdict, "verdict");
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
