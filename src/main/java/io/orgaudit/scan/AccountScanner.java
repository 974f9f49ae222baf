package io.orgaudit.scan;

import java.util.ArrayList;
import java.util.List;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.RoleAssumptionException;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.RegionResolver;
import io.orgaudit.rule.Verdict;
import io.orgaudit.store.EvidenceStore;

/**
 * Scans one account: assumes its role once, asks the hub's region first (organization and multi-region trails show
 * in every region, and single-region trails most often live in the organization's main region), and, unless the
 * account already passes there, reads its enabled regions and asks them one after another (AWS's quotas are per
 * account and region, so one account's calls in sequence never crowd each other) until the verdict is settled (a
 * FAIL needs them all). It judges the account from that evidence and records evidence and verdicts in one
 * transaction. AWS errors become failures inside the evidence; only a failure to record escapes.
 */
final class AccountScanner {

    private final AwsAccess access;
    private final RegionResolver regions;
    private final EvidenceCollector collector;
    private final AccountJudge judge;
    private final EvidenceStore store;
    private final String homeRegion;

    AccountScanner(AwsAccess access, RegionResolver regions, EvidenceCollector collector, AccountJudge judge,
                   EvidenceStore store, String homeRegion) {
        this.access = access;
        this.regions = regions;
        this.collector = collector;
        this.judge = judge;
        this.store = store;
        this.homeRegion = homeRegion;
    }

    /**
     * @param open where the account's regions are offered to idle workers while it is scanned
     * @return whether any call for this account failed (for the progress line)
     */
    boolean scan(long runId, String accountId, OpenAccounts open) throws InterruptedException {
        RegionsScanned scanned = null;
        List<TargetEvidence> evidence = new ArrayList<>();
        try {
            AccountSession session = null;
            try {
                session = access.session(accountId);
            } catch (RoleAssumptionException e) {
                evidence.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS, e.failure()));
            }
            if (session != null) {
                scanned = scanRegions(runId, accountId, session, open, evidence);
            }
        } finally {
            access.release(accountId);
        }
        // Judged while its evidence is at hand, so the evaluateRules step has only stragglers left to judge.
        List<Verdict> verdicts = scanned != null && scanned.settledInFirstRegion() != null
                ? scanned.settledInFirstRegion() : judge.judge(accountId, evidence);
        store.saveAccountScan(runId, accountId, scanned == null ? null : scanned.regions(), evidence, verdicts);
        return evidence.stream().anyMatch(e -> !e.failures().isEmpty());
    }

    /**
     * What {@link #scanRegions} found out besides the evidence.
     *
     * @param regions              the regions known for the account: the configured or enabled ones, or just the
     *                             first region when the account passed there before its region list was needed
     * @param settledInFirstRegion the verdicts, when the first region settled them: the account's evidence is then
     *                             that region's alone, already judged; null otherwise
     */
    private record RegionsScanned(List<String> regions, List<Verdict> settledInFirstRegion) {
    }

    /**
     * The first region (the hub's), then, unless the account already passes, the account's other regions (its
     * enabled regions are read only then). Adds the evidence to {@code evidence}.
     */
    private RegionsScanned scanRegions(long runId, String accountId, AccountSession session, OpenAccounts open,
                                     List<TargetEvidence> evidence) throws InterruptedException {
        List<String> configured = regions.configured();
        String first = firstRegion();
        List<String> known = configured.isEmpty() ? List.of(first) : configured;
        AccountRegions work = new AccountRegions(runId, session, collector, List.of(first));
        List<Verdict> settled = null;
        open.add(work);
        try {
            work.collectOne();
            settled = judge.passingVerdicts(accountId, work.collectedSoFar()).orElse(null);
            if (settled == null) {
                try {
                    known = regions.regionsOf(session);
                    work.add(known.stream().filter(region -> !region.equals(first)).toList());
                    work.needsEveryRegion();
                } catch (RuntimeException e) {
                    evidence.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS,
                            AwsFailures.classify("account:ListRegions", e)));
                }
                // The other regions one after another (unless an idle worker takes one), until the verdict is
                // settled: a region with a complete chain ends it; a FAIL needs them all.
                while (work.collectOne()) {
                    if (judge.passingVerdicts(accountId, work.collectedSoFar()).isPresent()) {
                        work.skipTheRest();
                    }
                }
            }
        } finally {
            open.remove(work);
        }
        evidence.addAll(work.awaitAll());
        return new RegionsScanned(known, settled);
    }

    /** The region every account is asked first: the hub's, unless the configured regions leave it out. */
    private String firstRegion() {
        List<String> configured = regions.configured();
        return configured.isEmpty() || configured.contains(homeRegion) ? homeRegion : configured.get(0);
    }

    /**
     * What to do while the organization's first page is still being listed: build the SDK clients of every account's
     * first region, so the first accounts do not each wait for cold clients (see
     * {@link AwsAccess#memberClientBuilds}). Independent tasks, to run side by side.
     */
    List<Runnable> preparations() {
        return access.memberClientBuilds(firstRegion());
    }

    /** The run's accounts are all scanned: what they shared (log groups, topics, trail settings) may go. */
    void finishRun(long runId) {
        collector.finishRun(runId);
    }
}
