package io.orgaudit.job;

import java.util.ArrayList;
import java.util.List;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.RoleAssumptionException;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.RegionResolver;

/**
 * Scans one account: assumes its role once, reads its enabled regions, collects each region's evidence one after
 * another (AWS's quotas are per account and region, so one account's calls in sequence never crowd each other)
 * until the verdict is settled (a PASS in the first region needs no other; a FAIL needs them all), judges it from
 * that evidence, and records evidence and verdicts in one transaction. AWS errors become failures
 * inside the evidence; only a failure to record escapes.
 */
final class AccountScanner {

    private final AwsAccess access;
    private final RegionResolver regions;
    private final EvidenceCollector collector;
    private final AccountJudge judge;
    private final ScanStore store;
    private final String homeRegion;

    AccountScanner(AwsAccess access, RegionResolver regions, EvidenceCollector collector, AccountJudge judge,
                   ScanStore store, String homeRegion) {
        this.homeRegion = homeRegion;
        this.access = access;
        this.regions = regions;
        this.collector = collector;
        this.judge = judge;
        this.store = store;
    }

    /**
     * @param open where the account's regions are offered to idle workers while it is scanned
     * @return whether any call for this account failed (for the progress line)
     */
    boolean scan(long runId, String accountId, OpenAccounts open) throws InterruptedException {
        List<String> names = null;
        List<TargetEvidence> evidence = new ArrayList<>();
        try {
            AccountSession session;
            try {
                session = access.session(accountId);
                names = regions.regionsOf(session);
            } catch (RoleAssumptionException e) {
                evidence.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS, e.failure()));
                session = null;
            } catch (RuntimeException e) {
                evidence.add(TargetEvidence.failed(accountId, TargetEvidence.ALL_REGIONS,
                        AwsFailures.classify("account:ListRegions", e)));
                session = null;
            }
            if (session != null) {
                AccountRegions work = new AccountRegions(runId, session, collector, homeRegionFirst(names));
                open.add(work);
                try {
                    // The account's regions one after another (unless an idle worker takes one), until the verdict
                    // is settled: an account that passes in its first region needs no call in the others.
                    while (work.collectOne()) {
                        if (judge.passesEveryRule(accountId, work.collectedSoFar())) {
                            work.skipTheRest();
                        } else {
                            work.needsEveryRegion();
                        }
                    }
                } finally {
                    open.remove(work);
                }
                evidence.addAll(work.awaitAll());
            }
        } finally {
            access.release(accountId);
        }
        // Judged while its evidence is at hand, so the evaluateRules step has only stragglers left to judge.
        store.saveAccountScan(runId, accountId, names, evidence, judge.judge(accountId, evidence));
        return evidence.stream().anyMatch(e -> !e.failures().isEmpty());
    }

    /**
     * The hub's home region first: organization and multi-region trails show in every region, and single-region
     * trails most often live in the organization's main region, so most accounts settle there in one call.
     */
    private List<String> homeRegionFirst(List<String> names) {
        if (!names.contains(homeRegion)) {
            return names;
        }
        List<String> ordered = new ArrayList<>(names.size());
        ordered.add(homeRegion);
        names.stream().filter(name -> !name.equals(homeRegion)).forEach(ordered::add);
        return ordered;
    }

    /** The run's accounts are all scanned: what they shared (log groups, topics, trail settings) may go. */
    void finishRun(long runId) {
        collector.finishRun(runId);
    }
}
