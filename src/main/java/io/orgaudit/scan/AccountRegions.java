package io.orgaudit.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import io.orgaudit.access.AccountSession;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;

/**
 * The regions of one account being scanned. The account's own worker takes them one after another; a worker with
 * nothing else to do (the organization's accounts are all taken, near the end of a run or in a small organization)
 * may take one too, so the last accounts do not keep most workers idle. Each region is taken at most once, so one
 * region never sees two of the account's calls at once and AWS's per-account, per-region quotas hold. Once the
 * verdict is settled the regions left are not asked at all.
 */
final class AccountRegions {

    private final long runId;
    private final AccountSession session;
    private final EvidenceCollector collector;
    private final List<String> regions = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> left = new ConcurrentLinkedQueue<>();
    private final Map<String, TargetEvidence> collected = new ConcurrentHashMap<>();
    private int unfinished; // regions added and not yet collected or skipped; guarded by this
    private volatile boolean needsEveryRegion;
    private volatile RuntimeException failure;

    AccountRegions(long runId, AccountSession session, EvidenceCollector collector, List<String> regions) {
        this.runId = runId;
        this.session = session;
        this.collector = collector;
        add(regions);
    }

    /** More regions to ask, after those given so far. */
    synchronized void add(List<String> more) {
        unfinished += more.size(); // before any worker can take one
        regions.addAll(more);
        left.addAll(more);
    }

    /** Regions no worker has taken yet. */
    int left() {
        return left.size();
    }

    /**
     * The first region did not settle the verdict, so every region will be asked: only then may idle workers help,
     * lest they ask regions that a PASS in the first would have spared.
     */
    void needsEveryRegion() {
        needsEveryRegion = true;
    }

    boolean helpWanted() {
        return needsEveryRegion && !left.isEmpty();
    }

    /** Takes one region and collects it; false when none was left. */
    boolean collectOne() {
        String region = left.poll();
        if (region == null) {
            return false;
        }
        try {
            collected.put(region, collector.collect(runId, session, region));
        } catch (RuntimeException e) {
            failure = e; // a bug, not an AWS error (those are evidence): the account's own worker reports it
        } finally {
            finished();
        }
        return true;
    }

    /** The regions collected so far, in the account's order. */
    List<TargetEvidence> collectedSoFar() {
        RuntimeException bug = failure;
        if (bug != null) {
            throw bug;
        }
        List<TargetEvidence> evidence = new ArrayList<>(regions.size());
        for (String region : regions) {
            TargetEvidence target = collected.get(region);
            if (target != null) {
                evidence.add(target);
            }
        }
        return evidence;
    }

    /** The verdict is settled: regions nobody has taken yet are not asked. */
    void skipTheRest() {
        for (String region = left.poll(); region != null; region = left.poll()) {
            finished();
        }
    }

    /** The evidence of every region that was collected, in the account's order, once their workers are done. */
    List<TargetEvidence> awaitAll() throws InterruptedException {
        synchronized (this) {
            while (unfinished > 0) {
                wait();
            }
        }
        return collectedSoFar();
    }

    private synchronized void finished() {
        if (--unfinished == 0) {
            notifyAll();
        }
    }
}
