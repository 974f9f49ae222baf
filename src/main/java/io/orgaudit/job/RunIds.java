package io.orgaudit.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which run a step works on. A scan run is a Spring Batch job instance (a restart continues the same run, a new
 * start makes a new one); a rerun of failed accounts is its own job instance that names the run in {@code runId}.
 */
public final class RunIds {

    /** The job parameter naming the run that a rerun completes. */
    public static final String RUN_ID = "runId";

    private RunIds() {
    }

    public static long of(StepExecution step) {
        JobParameters parameters = step.getJobParameters();
        Long runId = parameters.getLong(RUN_ID);
        return runId != null ? runId : step.getJobExecution().getJobInstanceId();
    }

    static long of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution());
    }
}
