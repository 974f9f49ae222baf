package io.orgaudit.scan;

import java.util.ArrayList;
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
        // Rule by rule, stopping at the first that does not pass: a failing account is asked this after every
        // region, and judging all its rules each time (reasons and all) is work the final judgement does once.
        AccountEvidence evidence = evidence(accountId, targets);
        List<Verdict> verdicts = new ArrayList<>(rules.size());
        for (RuleDefinition rule : rules) {
            Verdict verdict = engine.evaluate(List.of(rule), profile, evidence).get(0);
            if (verdict.status() != Verdict.Status.PASS) {
                return Optional.empty();
            }
            verdicts.add(verdict);
        }
        return Optional.of(verdicts);
    }

    public List<Verdict> judge(String accountId, List<TargetEvidence> targets) {
        if (targets.isEmpty()) {
            // Never silently leave an account out: no evidence at all is an ERROR with the reason.
            return rules.stream().map(rule -> RuleEngine.error(accountId, rule,
                    "no evidence was collected for this account (its scan did not finish); rerun the failed accounts"))
                    .toList();
        }
        return engine.evaluate(rules, profile, evidence(accountId, targets));
    }

    private static AccountEvidence evidence(String accountId, List<TargetEvidence> targets) {
        List<String> regions = targets.stream().map(TargetEvidence::region)
                .filter(r -> !TargetEvidence.ALL_REGIONS.equals(r)).toList();
        return new AccountEvidence(accountId, regions, targets);
    }
}
