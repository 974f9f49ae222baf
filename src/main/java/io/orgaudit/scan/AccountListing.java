package io.orgaudit.scan;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.failure.Futures;
import io.orgaudit.organization.MemberAccount;
import io.orgaudit.organization.OrganizationDirectory;
import io.orgaudit.organization.OrganizationInfo;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.ScanStore;

/**
 * Who is in the organization, found out beside the scan of its accounts ({@link EvidenceCollection}). Records the
 * run and every account page by page as the organization is listed, and hands each page's accounts to the
 * collection at once ({@link AccountFeed}), so scanning starts with the first page. ACTIVE accounts that the scan definition includes are PENDING targets, the
 * rest are kept as SKIPPED so no account silently disappears.
 */
public final class AccountListing {

    private static final Logger log = LoggerFactory.getLogger(AccountListing.class);

    private final ScanSettings settings;
    private final AwsAccess access;
    private final OrganizationDirectory directory;
    private final RunStore runs;
    private final AccountStore accounts;
    private final AccountFeeds feeds;

    private final Clock clock;
    private final OwnerTagReading ownerTags;

    AccountListing(ScanSettings settings, AwsAccess access, OrganizationDirectory directory, RunStore runs,
                   AccountStore accounts, AccountFeeds feeds, Clock clock, OwnerTagReading ownerTags) {
        this.clock = clock;
        this.ownerTags = ownerTags;
        this.settings = settings;
        this.access = access;
        this.directory = directory;
        this.runs = runs;
        this.accounts = accounts;
        this.feeds = feeds;
    }

    /**
     * Lists the organization into the run and the feed of the job execution.
     *
     * @param executionId the job execution whose collection takes the accounts ({@link AccountFeeds})
     */
    public void list(long runId, long executionId) {
        AccountFeed feed = feeds.of(executionId);
        try (OwnerTagReading.Run tags = ownerTags.start(runId)) {
            access.forgetSessions();
            runs.startRun(runId, clock.instant(), settings.profile(), settings.rules(), settings.regions(),
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
                    List<String> targets = accounts.addAccounts(runId, page, this::selected);
                    feed.publish(targets);
                    toScan.addAndGet(targets.size());
                    tags.read(page.stream().filter(this::selected).map(MemberAccount::id).toList());
                });
            } catch (RuntimeException e) {
                Futures.join(described); // "not in an organization" says more than the walk's own failure
                throw e;
            }
            // Their failures as themselves: an ActionableFailure stays one.
            OrganizationInfo organization = Futures.join(described);
            includes.check(organization.id(), selected.get()).forEach(log::warn);
            runs.recordOrganization(runId, organization, Futures.join(hub));
            runs.markAccountsListed(runId);
            feed.finish();
            log.info("Run {}: organization {} has {} accounts; scanning {} ({} skipped: not ACTIVE or not selected)",
                    runId, organization.id(), seen.size(), toScan.get(),
                    accounts.accountIds(runId, ScanStore.SKIPPED).size());
            // After the feed is finished, so the collection knows the total; before the step ends, so every account's
            // tags are read (or known unreadable) when the report step starts.
            tags.awaitAll();
        } catch (RuntimeException e) {
            feed.abort(e);
            throw e;
        }
    }

    private boolean selected(MemberAccount account) {
        return account.active() && settings.accounts().selects(account.id(), account.ouPath());
    }
}
