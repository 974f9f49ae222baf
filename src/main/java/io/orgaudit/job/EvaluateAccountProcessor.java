package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.rule.AccountEvidence;
import io.orgaudit.rule.RuleDefinition;
import io.orgaudit.rule.RuleEngine;
import io.orgaudit.rule.Verdict;

/** Judges one account from the evidence stored for it: no AWS calls, so this step can always be rerun. */
// Not final: step-scoped beans are proxied by subclassing.
class EvaluateAccountProcessor implements ItemProcessor<String, List<Verdict>> {

    private final long runId;
    private final ScanStore store;
    private final RuleEngine engine;
    private final List<RuleDefinition> rules;
    private final String profile;

    EvaluateAccountProcessor(long runId, ScanStore store, RuleEngine engine, List<RuleDefinition> rules, String profile) {
        this.runId = runId;
        this.store = store;
        this.engine = engine;
        this.rules = rules;
        this.profile = profile;
    }

    @Override
    public List<Verdict> process(String accountId) {
        List<TargetEvidence> targets = store.evidence(runId, accountId);
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
