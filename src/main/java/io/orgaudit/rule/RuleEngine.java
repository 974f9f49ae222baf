package io.orgaudit.rule;

import java.util.List;
import java.util.Map;

/** Judges an account's evidence against the selected rules, each with the evaluator its rule file names. */
public final class RuleEngine {

    private final Map<String, RuleEvaluator> evaluators;

    public RuleEngine(RuleCatalog catalog) {
        this.evaluators = Map.of(MonitoringChainEvaluator.NAME, new MonitoringChainEvaluator(catalog.equivalence()));
    }

    public List<Verdict> evaluate(List<RuleDefinition> rules, String profile, AccountEvidence evidence) {
        return rules.stream().map(rule -> evaluators.get(rule.evaluator()).evaluate(rule, profile, evidence)).toList();
    }

    /** A verdict for an account that could not be scanned at all (its role, its regions). */
    public static Verdict error(String accountId, RuleDefinition rule, String reason) {
        return Verdict.error(accountId, rule.id(), reason, null, null);
    }
}
