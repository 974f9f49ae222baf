package io.orgaudit.job;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;

/**
 * Step 1 of a rerun: puts the chosen accounts of the run back in the queue of the collection step. The other
 * accounts keep their evidence and verdicts untouched.
 */
final class SelectRerunAccountsTasklet implements Tasklet {

    /** Job parameter: the account ids to rescan, comma separated (chosen by io.orgaudit.launch.RerunTargets). */
    static final String ACCOUNTS = "accounts";
    private static final Logger log = LoggerFactory.getLogger(SelectRerunAccountsTasklet.class);

    private final RunStore runs;
    private final AccountStore accounts;
    private final AwsAccess access;

    SelectRerunAccountsTasklet(RunStore runs, AccountStore accounts, AwsAccess access) {
        this.runs = runs;
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        String named = chunkContext.getStepContext().getStepExecution().getJobParameters().getString(ACCOUNTS, "");
        List<String> targets = Arrays.stream(named.split(",")).filter(id -> !id.isBlank()).toList();
        access.forgetSessions(); // a role fixed since the run must be tried again
        accounts.markPending(runId, targets);
        runs.markAccountsListed(runId); // the collection step takes the run's PENDING accounts from the table
        log.info("Rerun of run {}: rescanning {} accounts", runId, targets.size());
        return RepeatStatus.FINISHED;
    }
}
