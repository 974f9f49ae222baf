package io.orgaudit.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/** A run is a Spring Batch job instance: a restart continues the same run, a new start makes a new one. */
final class RunIds {

    private RunIds() {
    }

    static long of(StepExecution step) {
        return step.getJobExecution().getJobInstanceId();
    }

    static long of(ChunkContext chunk) {
        return of(chunk.getStepContext().getStepExecution());
    }
}
