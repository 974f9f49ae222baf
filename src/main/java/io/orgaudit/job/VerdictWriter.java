package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import io.orgaudit.rule.Verdict;
import io.orgaudit.store.VerdictStore;

/**
 * Records the verdicts of a chunk of accounts judged by the evaluateRules step. A class of its own, not a lambda:
 * Spring Batch looks for listener annotations on a step-scoped bean's class and warns at every start when the bean
 * method returns only the interface.
 */
// Not final: step-scoped beans are proxied by subclassing.
class VerdictWriter implements ItemWriter<List<Verdict>> {

    private final long runId;
    private final VerdictStore store;

    VerdictWriter(long runId, VerdictStore store) {
        this.runId = runId;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends List<Verdict>> chunk) {
        store.saveVerdicts(runId, chunk.getItems().stream().flatMap(List::stream).toList());
    }
}
