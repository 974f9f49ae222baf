package io.orgaudit.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.orgaudit.access.AwsAccess;

/** When an account's partition ends: mark it scanned, free its clients, and count it for the progress line. */
final class AccountPartitionListener implements StepExecutionListener {

    private final ScanStore store;
    private final AwsAccess access;
    private final ScanProgress progress;

    AccountPartitionListener(ScanStore store, AwsAccess access, ScanProgress progress) {
        this.store = store;
        this.access = access;
        this.progress = progress;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        String accountId = stepExecution.getExecutionContext().getString(AccountPartitioner.ACCOUNT_ID);
        long runId = RunIds.of(stepExecution);
        access.release(accountId);
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            store.markScanned(runId, accountId);
            boolean failed = store.evidence(runId, accountId).stream().anyMatch(e -> !e.failures().isEmpty());
            progress.accountDone(failed);
        }
        return stepExecution.getExitStatus();
    }
}
