package io.orgaudit.scan;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;

import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;

/**
 * Scans the run's accounts, {@code concurrency} at once, each as soon as it is known. In a new run the
 * accounts come from the listing of the organization while it is still going ({@link AccountFeed}); when the run's
 * accounts are all recorded already (a restart after the listing finished, or a rerun) they are the run's PENDING
 * accounts. An account is recorded SCANNED in the same transaction as its evidence, so a restart takes up exactly
 * the accounts that were not finished.
 */
public final class EvidenceCollection {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCollection.class);

    private final RunStore runs;
    private final AccountStore accounts;
    private final AccountFeeds feeds;
    private final AccountScanner scanner;
    private final TaskExecutor workers;
    private final int concurrency;
    private final ScanProgress progress;

    /** @param concurrency accounts in flight at once: orgaudit.concurrency, 1 to 1024 */
    EvidenceCollection(RunStore runs, AccountStore accounts, AccountFeeds feeds, AccountScanner scanner,
                       TaskExecutor workers, int concurrency, ScanProgress progress) {
        this.runs = runs;
        this.accounts = accounts;
        this.feeds = feeds;
        this.scanner = scanner;
        this.workers = workers;
        this.concurrency = concurrency;
        this.progress = progress;
    }

    /**
     * Scans every account of the run still to scan, and returns once each has recorded its result.
     *
     * @param executionId  the job execution whose listing hands over the accounts ({@link AccountFeeds})
     * @param accountTaken told of each account handed to a worker
     * @param pastTheStart told once, when the first {@code concurrency} accounts are done: the cores are no longer
     *                     busy loading and compiling the AWS clients
     */
    public void collect(long runId, long executionId, Runnable accountTaken, Runnable pastTheStart)
            throws Exception {
        AccountsToScan toScan = new AccountsToScan(runs, accounts, feeds, progress, runId, executionId);
        Semaphore slots = new Semaphore(concurrency);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger accountsInFlight = new AtomicInteger();
        OpenAccounts open = new OpenAccounts();
        scanner.preparations().forEach(preparation -> workers.execute(() -> prepare(preparation)));
        try {
            for (String accountId = toScan.next(); accountId != null; accountId = toScan.next()) {
                slots.acquire(); // at most `concurrency` accounts in flight; the rest wait in the feed
                if (failure.get() != null) {
                    slots.release();
                    break; // a scan could not be recorded: stop taking accounts, report it below
                }
                String account = accountId;
                accountsInFlight.incrementAndGet();
                workers.execute(() -> {
                    try {
                        progress.accountDone(scanner.scan(runId, account, open));
                        if (finished.incrementAndGet() == concurrency) {
                            pastTheStart.run();
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        accountsInFlight.decrementAndGet();
                        slots.release();
                    }
                });
                accountTaken.run();
            }
            helpWithTheirRegions(open, accountsInFlight, slots, failure);
        } finally {
            slots.acquireUninterruptibly(concurrency); // every scan in flight has finished and recorded its result
            progress.stop();
            feeds.close(executionId);
            scanner.finishRun(runId);
        }
        Throwable first = failure.get();
        if (first != null) {
            throw first instanceof Exception e ? e : new IllegalStateException(first);
        }
    }

    /** Ahead of the first page of accounts; a client that cannot be built now is built, or reported, by the scan. */
    private static void prepare(Runnable preparation) {
        try {
            preparation.run();
        } catch (RuntimeException e) {
            log.debug("Could not prepare the scan's clients ahead of the accounts", e);
        }
    }

    /**
     * Every account is taken: workers that would idle take regions of the accounts still being scanned, so the run
     * does not end with a few accounts walking their regions one by one while the other workers wait.
     */
    private void helpWithTheirRegions(OpenAccounts open, AtomicInteger accountsInFlight, Semaphore slots,
                                      AtomicReference<Throwable> failure) throws InterruptedException {
        while (accountsInFlight.get() > 0 && failure.get() == null) {
            slots.acquire();
            AccountRegions account = open.mostLeft().orElse(null);
            if (account == null) {
                slots.release();
                Thread.sleep(5); // the last regions are in flight; check again shortly
                continue;
            }
            workers.execute(() -> {
                try {
                    account.collectOne();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    slots.release();
                }
            });
        }
    }
}
