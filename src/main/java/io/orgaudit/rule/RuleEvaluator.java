package io.orgaudit.rule;

/** A pure function from an account's evidence to a verdict; no AWS calls, so it is cheap to test and to rerun. */
interface RuleEvaluator {
    Verdict evaluate(RuleDefinition rule, String profile, AccountEvidence evidence);
}
