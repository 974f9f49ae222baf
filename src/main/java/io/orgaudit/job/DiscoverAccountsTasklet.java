package io.orgaudit.job;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.failure.Futures;
import io.orgaudit.organization.MemberAccount;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.OrganizationInfo;
import io.orgaudit.settings.ScanSettings;

/**
 * Step 1, beside step 2: who is in the organization. Records the run and every account page by page as the
 * organization is listed, and hands each page's accounts to the collection step at once ({@link AccountFeed}), so
 * scanning starts with the first page. ACTIVE accounts that the scan definition includes are PENDING targets, the
 * rest are kept as SKIPPED so no account silently disappears.
 */
final class DiscoverAccountsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverAccountsTasklet.class);

    private final ScanSettings settings;
    private final AwsAccess access;
    private final OrganizationDirectory directory;
    private final ScanStore store;
    private final AccountFeeds feeds;

    DiscoverAccountsTasklet(ScanSettings settings, AwsAccess access, OrganizationDirectory directory, ScanStore store,
                            AccountFeeds feeds) {
        this.settings = settings;
        this.access = access;
        this.directory = directory;
        this.store = store;
        this.feeds = feeds;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunIds.of(chunkContext);
        AccountFeed feed = feeds.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
        try {
            access.forgetSessions();
            store.startRun(runId, Instant.now(), settings.profile(), settings.rules(), settings.regions(),
                    access.targetDescription());
            // Who the organization and the hub are, asked beside the walk rather than before it: the walk needs
            // neither, and the first accounts start two round trips sooner.
            CompletableFuture<OrganizationInfo> described = CompletableFuture.supplyAsync(directory::describe);
            CompletableFuture<String> hub = CompletableFuture.supplyAsync(access::hubAccountId);
            // A resumed listing (the run was killed while listing) keeps the accounts already scanned. An account
            // listed twice (moved between OUs while the tree is walked) is recorded and handed on once.
            Set<String> seen = ConcurrentHashMap.newKeySet();
            IncludedEntries includes = new IncludedEntries(settings.accounts());
            AtomicInteger toScan = new AtomicInteger();
            AtomicInteger selected = new AtomicInteger(); // to scan, or scanned before the run was resumed
            try {
                directory.accounts(listedPage -> {
                    List<MemberAccount> page = listedPage.stream().filter(a -> seen.add(a.id())).toList();
                    includes.sawAll(page);
                    selected.addAndGet((int) page.stream().filter(this::selected).count());
                    List<String> targets = store.addAccounts(runId, page, this::selected);
                    feed.publish(targets);
                    toScan.addAndGet(targets.size());
                });
            } catch (RuntimeException e) {
                Futures.join(described); // "not in an organization" says more than the walk's own failure
                throw e;
            }
            // Their failures as themselves: an ActionableFailure stays one.
            OrganizationInfo organization = Futures.join(described);
            includes.check(organization.id(), selected.get()).forEach(log::warn);
            store.recordOrganization(runId, organization, Futures.join(hub));
            store.markAccountsListed(runId);
            feed.finish();
            log.info("Run {}: organization {} has {} accounts; scanning {} ({} skipped: not ACTIVE or not selected)",
                    runId, organization.id(), seen.size(), toScan.get(),
                    store.accountIds(runId, ScanStore.SKIPPED).size());
        } catch (RuntimeException e) {
            feed.abort(e);
            throw e;
        }
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    private boolean selected(MemberAccount account) {
        return account.active() && settings.accounts().selects(account.id(), account.ouPath());
    }
}
