package io.orgaudit.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.evidence.EvidenceCollector;
import io.orgaudit.evidence.TargetEvidence;

/** Collects one account-region's evidence; an account that could not be opened yields its failure as evidence. */
// Not final: step-scoped beans are proxied by subclassing.
class CollectEvidenceProcessor implements ItemProcessor<AccountRegion, TargetEvidence> {

    private final long runId;
    private final AwsAccess access;
    private final EvidenceCollector collector;

    CollectEvidenceProcessor(long runId, AwsAccess access, EvidenceCollector collector) {
        this.runId = runId;
        this.access = access;
        this.collector = collector;
    }

    @Override
    public TargetEvidence process(AccountRegion target) {
        if (target.accountFailure() != null) {
            return TargetEvidence.failed(target.accountId(), target.region(), target.accountFailure());
        }
        return collector.collect(runId, access.session(target.accountId()), target.region());
    }
}
