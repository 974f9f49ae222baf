package io.orgaudit.job;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.TaskExecutor;

/**
 * Step 2: scans the run's accounts, {@code concurrency} at once, each as soon as it is known. In a new run the
 * accounts come from the listing of the organization while it is still going ({@link AccountFeed}); when the run's
 * accounts are all recorded already (a restart after the listing finished, or a rerun) they are the run's PENDING
 * accounts. An account is recorded SCANNED in the same transaction as its evidence, so a restart takes up exactly
 * the accounts that were not finished.
 */
final class CollectEvidenceTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CollectEvidenceTasklet.class);

    private final ScanStore store;
    private final AccountFeeds feeds;
    private final AccountScanner scanner;
    private final TaskExecutor workers;
    private final int concurrency;
    private final ScanProgress progress;
    private final ReportWarmUp reportWarmUp;

    CollectEvidenceTasklet(ScanStore store, AccountFeeds feeds, AccountScanner scanner, TaskExecutor workers,
                           int concurrency, ScanProgress progress, ReportWarmUp reportWarmUp) {
        this.store = store;
        this.feeds = feeds;
        this.scanner = scanner;
        this.workers = workers;
        this.concurrency = concurrency;
        this.progress = progress;
        this.reportWarmUp = reportWarmUp;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = RunIds.of(chunkContext);
        long executionId = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        AccountSource accounts = accountsOf(runId, executionId);
        Semaphore slots = new Semaphore(concurrency);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger accountsInFlight = new AtomicInteger();
        OpenAccounts open = new OpenAccounts();
        scanner.preparations().forEach(preparation -> workers.execute(() -> prepare(preparation)));
        try {
            for (String accountId = accounts.next(); accountId != null; accountId = accounts.next()) {
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
                            // Past the start, where loading and compiling the AWS clients keeps the cores busy.
                            reportWarmUp.startInBackground();
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        accountsInFlight.decrementAndGet();
                        slots.release();
                    }
                });
                contribution.incrementReadCount();
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
        return RepeatStatus.FINISHED;
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

    /**
     * The accounts to scan, each once: from the live listing or the run's table, then, from the table again, any
     * account still PENDING that neither handed over. The database, not what this process was told, decides what
     * is left to do, so no account ends a run unscanned whatever moment an earlier process was killed at.
     */
    private AccountSource accountsOf(long runId, long executionId) {
        AccountSource first;
        if (store.accountsListed(runId)) {
            List<String> pending = store.accountIds(runId, ScanStore.PENDING);
            progress.start(pending.size());
            first = iterate(pending);
        } else {
            AccountFeed feed = feeds.of(executionId);
            progress.startWhileListing(feed::published, feed::listing);
            first = feed::take;
        }
        Set<String> taken = new HashSet<>();
        return new AccountSource() {
            private AccountSource current = first;
            private boolean swept;

            @Override
            public String next() throws InterruptedException {
                while (true) {
                    String accountId = current.next();
                    if (accountId != null) {
                        if (taken.add(accountId)) {
                            return accountId;
                        }
                        continue; // handed over twice: scanned once
                    }
                    if (swept) {
                        return null;
                    }
                    swept = true;
                    List<String> missed = store.accountIds(runId, ScanStore.PENDING).stream()
                            .filter(id -> !taken.contains(id)).toList();
                    if (!missed.isEmpty()) {
                        log.warn("Run {}: {} accounts recorded as still to scan were not handed over; scanning them "
                                + "now: {}", runId, missed.size(), String.join(", ", missed));
                    }
                    current = iterate(missed);
                }
            }
        };
    }

    private static AccountSource iterate(List<String> accountIds) {
        Iterator<String> next = accountIds.iterator();
        return () -> next.hasNext() ? next.next() : null;
    }

    /** Where the accounts come from: the live listing, or the run's table. */
    @FunctionalInterface
    private interface AccountSource {
        String next() throws InterruptedException;
    }
}
