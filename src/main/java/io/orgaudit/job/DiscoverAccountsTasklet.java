package io.orgaudit.job;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.organization.MemberAccount;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.OrganizationInfo;
import io.orgaudit.settings.ScanSettings;

/**
 * Step 1: who is in the organization. Records the run and every account; ACTIVE accounts that the scan
 * definition includes become PENDING targets, the rest are kept as SKIPPED so no account silently disappears.
 */
final class DiscoverAccountsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverAccountsTasklet.class);

    private final ScanSettings settings;
    private final AwsAccess access;
    private final OrganizationDirectory directory;
    private final ScanStore store;

    DiscoverAccountsTasklet(ScanSettings settings, AwsAccess access, OrganizationDirectory directory, ScanStore store) {
        this.settings = settings;
        this.access = access;
        this.directory = directory;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        access.forgetSessions();
        store.startRun(runId, Instant.now(), settings.profile(), settings.rules(), settings.regions(),
                access.targetDescription());
        OrganizationInfo organization = directory.describe();
        store.recordOrganization(runId, organization, access.hubAccountId());
        List<MemberAccount> accounts = directory.accounts();
        store.saveAccounts(runId, accounts, account -> account.active()
                && settings.accounts().selects(account.id(), account.ouPath()));
        long pending = store.accountIds(runId, ScanStore.PENDING).size();
        log.info("Run {}: organization {} has {} accounts; scanning {} ({} skipped: not ACTIVE or not selected)",
                runId, organization.id(), accounts.size(), pending, accounts.size() - pending);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
