package io.orgaudit.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import io.orgaudit.access.AccountSession;
import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.RoleAssumptionException;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.organization.RegionResolver;

/**
 * Reads the regions of one account (its partition). Opening assumes the account's role once; its credentials then
 * serve every region. The item count is saved with each chunk, so a restarted partition resumes at its next region.
 */
// Not final: step-scoped beans are proxied by subclassing.
class AccountRegionReader extends AbstractItemCountingItemStreamItemReader<AccountRegion> {

    private final long runId;
    private final String accountId;
    private final AwsAccess access;
    private final RegionResolver regions;
    private final ScanStore store;
    private List<AccountRegion> items;

    AccountRegionReader(long runId, String accountId, AwsAccess access, RegionResolver regions, ScanStore store) {
        this.runId = runId;
        this.accountId = accountId;
        this.access = access;
        this.regions = regions;
        this.store = store;
        setName("accountRegions");
    }

    /** A fresh start of this account's partition replaces its evidence; a resumed one keeps what it wrote. */
    @Override
    public void open(ExecutionContext executionContext) {
        if (!executionContext.containsKey(getExecutionContextKey("read.count"))) {
            store.clearEvidence(runId, accountId);
        }
        super.open(executionContext);
    }

    @Override
    protected void doOpen() {
        try {
            AccountSession session = access.session(accountId);
            List<String> names = regions.regionsOf(session);
            store.saveRegions(runId, accountId, names);
            items = names.stream().map(region -> new AccountRegion(accountId, region, null)).toList();
        } catch (RoleAssumptionException e) {
            items = List.of(new AccountRegion(accountId, TargetEvidence.ALL_REGIONS, e.failure()));
        } catch (RuntimeException e) {
            items = List.of(new AccountRegion(accountId, TargetEvidence.ALL_REGIONS,
                    AwsFailures.classify("account:ListRegions", e)));
        }
    }

    @Override
    protected AccountRegion doRead() {
        int index = getCurrentItemCount() - 1; // the base class counts the item being read
        return index < items.size() ? items.get(index) : null;
    }

    @Override
    protected void doClose() {
        items = null;
    }
}
