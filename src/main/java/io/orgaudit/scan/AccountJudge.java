package io.orgaudit.scan;

import java.util.List;
import java.util.Optional;

import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.rule.AccountEvidence;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.Verdict;

/** Judges one account against the run's rules and profile from its evidence; no AWS calls. */
public final class AccountJudge {

    private final RuleEngine engine;
    private final List<RuleDefinition> rules;
    private final String profile;

    AccountJudge(RuleEngine engine, List<RuleDefinition> rules, String profile) {
        this.engine = engine;
        this.rules = rules;
        this.profile = profile;
    }

    public List<String> ruleIds() {
        return rules.stream().map(RuleDefinition::id).toList();
    }

    /**
     * The verdicts, when the evidence so far already passes every rule. A PASS needs one complete, readable chain,
     * and more regions can only add chains, never take one away, so the regions not asked yet could not change it.
     */
    Optional<List<Verdict>> passingVerdicts(String accountId, List<TargetEvidence> targets) {
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        List<Verdict> verdicts = judge(accountId, targets);
        return verdicts.stream().allMatch(v -> v.status() == Verdict.Status.PASS) ? Optional.of(verdicts)
                : Optional.empty();
    }

    public List<Verdict> judge(String accountId, List<TargetEvidence> targets) {
        if (targets.isEmpty()) {
            // Never silently leave an account out: no evidence at all is an ERROR with the reason.
            return rules.stream().map(rule -> RuleEngine.error(accountId, rule,
                    "no evidence was collected for this account (its scan did not finish); rerun the failed accounts"))
                    .toList();
        }
        List<String> regions = targets.stream().map(TargetEvidence::region)
                .filter(r -> !TargetEvidence.ALL_REGIONS.equals(r)).toList();
        return engine.evaluate(rules, profile, new AccountEvidence(accountId, regions, targets));
    }
}
