package io.orgaudit.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.failure.Failure;
import io.orgaudit.failure.Futures;
import io.orgaudit.organization.AccountTags;
import io.orgaudit.organization.TagsNotRead;
import io.orgaudit.settings.ScanSettings;
import io.orgaudit.store.OwnerTagStore;

/**
 * Reads the owner tags of a run's accounts beside the scan, as the listing records them, so the run takes no longer:
 * the tag reads wait for the Organizations pace, not for the evidence. Each account is read once per run: only
 * accounts whose tags are not stored yet are read (a resumed run skips those read before it was killed). A failed
 * read loses nothing but the tags: the scan goes on, and one warning at the end names the permission and what to do.
 */
final class OwnerTagReading {

    private static final Logger log = LoggerFactory.getLogger(OwnerTagReading.class);
    /** Calls in flight at once: the pace, not these threads, bounds the rate; 4 keep up with 100/s at 40 ms a call. */
    private static final int READERS = 4;

    private final ScanSettings.Owners settings;
    private final AwsAccess access;
    private final OwnerTagStore store;

    OwnerTagReading(ScanSettings.Owners settings, AwsAccess access, OwnerTagStore store) {
        this.settings = settings;
        this.access = access;
        this.store = store;
    }

    /** The reads of one run; nothing is read when no tag key is configured. */
    Run start(long runId) {
        return new Run(runId, settings.enabled());
    }

    final class Run implements AutoCloseable {

        private final long runId;
        private final AccountTags tags;
        private final ExecutorService readers;
        private final List<CompletableFuture<Void>> reads = new ArrayList<>();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicReference<Failure> firstFailure = new AtomicReference<>();

        private Run(long runId, boolean enabled) {
            this.runId = runId;
            this.tags = enabled ? new AccountTags(access, settings.tagKeys(), settings.callsPerSecond()) : null;
            this.readers = enabled ? Executors.newFixedThreadPool(READERS, runnable -> {
                Thread thread = new Thread(runnable, "owner-tags");
                thread.setDaemon(true);
                return thread;
            }) : null;
        }

        /** Queues the accounts of a listing page whose tags this run has not read yet. */
        void read(List<String> accountIds) {
            if (tags == null) {
                return;
            }
            for (String accountId : store.withoutTags(runId, accountIds)) {
                CompletableFuture<Void> read = CompletableFuture.runAsync(() -> readOne(accountId), readers);
                synchronized (reads) {
                    reads.add(read);
                }
            }
        }

        /** Waits for every queued read; logs one warning when some could not be read. */
        void awaitAll() {
            if (tags == null) {
                return;
            }
            List<CompletableFuture<Void>> all;
            synchronized (reads) {
                all = List.copyOf(reads);
            }
            Futures.join(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)));
            Failure failure = firstFailure.get();
            if (failure != null) {
                log.warn("The owner tags (orgaudit.owners.tag-keys) of {} of {} accounts could not be read: {}. {} "
                        + "Their owner cells say so; the verdicts are complete, and the next run reads the tags again.",
                        failed.get(), all.size(), failure.describe(), whatToDo(failure));
            }
        }

        private void readOne(String accountId) {
            try {
                Map<String, String> read = tags.read(accountId);
                store.saveTags(runId, accountId, read);
            } catch (TagsNotRead e) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e.failure());
            }
        }

        private static String whatToDo(Failure failure) {
            return switch (failure.kind()) {
                case THROTTLED -> "Organizations throttled the calls after every retry: lower "
                        + "orgaudit.owners.calls-per-second (the organization's other tools share its quota).";
                case ACCESS_DENIED -> "Grant the hub identity " + AccountTags.OPERATION
                        + " (k8s/iam/hub-policy.json), or check that no service control policy denies it.";
                default -> "Check that the hub identity may call " + AccountTags.OPERATION
                        + " (k8s/iam/hub-policy.json) and that Organizations answers.";
            };
        }

        @Override
        public void close() {
            if (readers != null) {
                readers.shutdownNow();
                tags.close();
            }
        }
    }
}
