package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.orgaudit.rule.Verdict;
import io.orgaudit.scan.AccountJudge;
import io.orgaudit.store.EvidenceStore;

/** Judges one account from the evidence stored for it: no AWS calls, so this step can always be rerun. */
// Not final: step-scoped beans are proxied by subclassing.
class EvaluateAccountProcessor implements ItemProcessor<String, List<Verdict>> {

    private final long runId;
    private final EvidenceStore store;
    private final AccountJudge judge;

    EvaluateAccountProcessor(long runId, EvidenceStore store, AccountJudge judge) {
        this.runId = runId;
        this.store = store;
        this.judge = judge;
    }

    @Override
    public List<Verdict> process(String accountId) {
        return judge.judge(accountId, store.evidence(runId, accountId));
    }
}
