package io.orgaudit.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.scan.AccountListing;

/** Step 1, beside step 2: who is in the organization ({@link AccountListing}), handed to step 2 as it is listed. */
final class DiscoverAccountsTasklet implements Tasklet {

    private final AccountListing listing;

    DiscoverAccountsTasklet(AccountListing listing) {
        this.listing = listing;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        listing.list(RunIds.of(chunkContext), chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
