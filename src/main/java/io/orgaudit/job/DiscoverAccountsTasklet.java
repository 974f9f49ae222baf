package io.orgaudit.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.exceptions.RunExceptions;
import io.orgaudit.scan.AccountListing;
import io.orgaudit.store.ExceptionStore;

/** Step 1, beside step 2: who is in the organization ({@link AccountListing}), handed to step 2 as it is listed. */
final class DiscoverAccountsTasklet implements Tasklet {

    private final AccountListing listing;
    private final ExceptionStore exceptionStore;
    private final RunExceptions exceptions;

    DiscoverAccountsTasklet(AccountListing listing, ExceptionStore exceptionStore, RunExceptions exceptions) {
        this.listing = listing;
        this.exceptionStore = exceptionStore;
        this.exceptions = exceptions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // The run keeps the exceptions file as it is now: its workbook, rebuilt later, shows the exceptions of today.
        exceptionStore.keepFor(RunIds.of(chunkContext), exceptions);
        listing.list(RunIds.of(chunkContext), chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
