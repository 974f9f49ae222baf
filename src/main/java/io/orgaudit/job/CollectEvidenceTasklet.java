package io.orgaudit.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.report.ReportWarmUp;
import io.orgaudit.scan.EvidenceCollection;

/**
 * Step 2: scans the run's accounts ({@link EvidenceCollection}), from the listing of step 1 while it is still going,
 * or from the run's table on a restart or a rerun. Once the first accounts are done, the workbook is rehearsed in the
 * background so the report step starts warm.
 */
final class CollectEvidenceTasklet implements Tasklet {

    private final EvidenceCollection collection;
    private final ReportWarmUp reportWarmUp;

    CollectEvidenceTasklet(EvidenceCollection collection, ReportWarmUp reportWarmUp) {
        this.collection = collection;
        this.reportWarmUp = reportWarmUp;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        collection.collect(RunIds.of(chunkContext),
                chunkContext.getStepContext().getStepExecution().getJobExecutionId(),
                contribution::incrementReadCount, reportWarmUp::startInBackground);
        return RepeatStatus.FINISHED;
    }
}
