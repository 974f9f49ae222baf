package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.scan.AccountJudge;
import io.orgaudit.store.VerdictStore;

/**
 * The step before the report: every account the run selected has a verdict for every rule of the run, read from the
 * database, or the run fails naming the accounts, so a run can never say COMPLETED with an account missing from its
 * workbook. Running the same command again resumes the run and scans or judges exactly those accounts.
 */
final class EveryAccountJudgedTasklet implements Tasklet {

    /** Accounts named in the failure; the rest are counted. */
    private static final int NAMED = 20;

    private final VerdictStore store;
    private final AccountJudge judge;

    EveryAccountJudgedTasklet(VerdictStore store, AccountJudge judge) {
        this.store = store;
        this.judge = judge;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        List<String> missing = store.selectedAccountsWithoutVerdict(runId, judge.ruleIds());
        if (!missing.isEmpty()) {
            throw new AccountsWithoutVerdict(runId, missing, judge.ruleIds());
        }
        return RepeatStatus.FINISHED;
    }

    /** The run is not complete: these selected accounts lack a verdict. */
    static final class AccountsWithoutVerdict extends RuntimeException {

        AccountsWithoutVerdict(long runId, List<String> accountIds, List<String> ruleIds) {
            super("run " + runId + " is not complete: " + accountIds.size() + " selected accounts have no verdict for "
                    + String.join(", ", ruleIds) + " (" + String.join(", ", accountIds.subList(0,
                    Math.min(NAMED, accountIds.size()))) + (accountIds.size() > NAMED ? ", ..." : "")
                    + "); run the same command again to resume the run and scan them");
        }
    }
}
