package io.orgaudit.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the progress line how many accounts the collection step has to do. */
final class ProgressStartListener implements StepExecutionListener {

    private final ScanStore store;
    private final ScanProgress progress;

    ProgressStartListener(ScanStore store, ScanProgress progress) {
        this.store = store;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        progress.start(store.accountIds(RunIds.of(stepExecution), ScanStore.PENDING).size());
    }
}
