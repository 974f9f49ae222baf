package io.orgaudit.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per account, so accounts run in parallel (AWS quotas are per account and region) and a restart
 * skips the accounts whose partition completed.
 */
// Not final: step-scoped beans are proxied by subclassing.
class AccountPartitioner implements Partitioner {

    static final String ACCOUNT_ID = "accountId";

    private final ScanStore store;
    private final long runId;

    AccountPartitioner(ScanStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (String accountId : store.accountIds(runId, ScanStore.PENDING)) {
            ExecutionContext context = new ExecutionContext();
            context.putString(ACCOUNT_ID, accountId);
            partitions.put("account-" + accountId, context);
        }
        return partitions;
    }
}
