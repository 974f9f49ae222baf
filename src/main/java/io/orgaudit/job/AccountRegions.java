package io.orgaudit.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import io.orgaudit.access.AccountSession;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;

/**
 * The regions of one account being scanned. The account's own worker takes them one after another; a worker with
 * nothing else to do (the organization's accounts are all taken, near the end of a run or in a small organization)
 * may take one too, so the last accounts do not keep most workers idle. Each region is taken exactly once, so one
 * region never sees two of the account's calls at once and AWS's per-account, per-region quotas hold.
 */
final class AccountRegions {

    private final long runId;
    private final AccountSession session;
    private final EvidenceCollector collector;
    private final List<String> regions;
    private final ConcurrentLinkedQueue<String> left;
    private final Map<String, Supplier<TargetEvidence>> collected = new ConcurrentHashMap<>();
    private final CountDownLatch unfinished;

    AccountRegions(long runId, AccountSession session, EvidenceCollector collector, List<String> regions) {
        this.runId = runId;
        this.session = session;
        this.collector = collector;
        this.regions = List.copyOf(regions);
        this.left = new ConcurrentLinkedQueue<>(regions);
        this.unfinished = new CountDownLatch(regions.size());
    }

    /** Regions no worker has taken yet. */
    int left() {
        return left.size();
    }

    /** Takes one region and collects it; false when none was left. */
    boolean collectOne() {
        String region = left.poll();
        if (region == null) {
            return false;
        }
        try {
            collected.put(region, collector.collectLater(runId, session, region));
        } catch (RuntimeException e) {
            collected.put(region, () -> {
                throw e; // a bug, not an AWS error (those are evidence): the account's own worker reports it
            });
        } finally {
            unfinished.countDown();
        }
        return true;
    }

    /** Every region's evidence, in the account's order, once the workers that took them are done. */
    List<TargetEvidence> awaitAll() throws InterruptedException {
        unfinished.await();
        List<TargetEvidence> evidence = new ArrayList<>(regions.size());
        for (String region : regions) {
            evidence.add(collected.get(region).get());
        }
        return evidence;
    }
}
