package io.orgaudit.simulator.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request the simulator received, in arrival order, including throttled, denied and retried ones
 * (each SDK attempt is one call). Thread-safe.
 */
public final class CallLog {

    /**
     * @param service   the SigV4 signing name (organizations, sts, cloudtrail, logs, monitoring, sns, account, s3)
     * @param accountId the calling account; null when the credential was not one the simulator issued
     * @param subject   the main parameter (role ARN, trail ARN, log group, "namespace/metric", topic ARN, "bucket/key"), or null
     * @param nextPage  the request carried a page token: a further page of a listing, not the same question again
     */
    public record Call(String service, String operation, String accountId, String region, String subject,
                       boolean nextPage) {

        public Call(String service, String operation, String accountId, String region, String subject) {
            this(service, operation, accountId, region, subject, false);
        }
    }

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Long> firstArrivals = new ConcurrentHashMap<>();

    public int count(String operation) {
        return read(operation);
    }

    public int count(String operation, String accountId) {
        return read(operation + "|" + accountId);
    }

    public int total() {
        return calls.size();
    }

    public List<Call> all() {
        return new ArrayList<>(calls);
    }

    /**
     * When the first call of each operation arrived ({@link System#nanoTime()}), to see how soon a scan reached each
     * link of its critical path.
     */
    public Map<String, Long> firstArrivals() {
        return Map.copyOf(firstArrivals);
    }

    public void reset() {
        calls.clear();
        counts.clear();
        firstArrivals.clear();
    }

    void record(Call call) {
        firstArrivals.putIfAbsent(call.operation(), System.nanoTime());
        calls.add(call);
        counts.computeIfAbsent(call.operation(), key -> new LongAdder()).increment();
        counts.computeIfAbsent(call.operation() + "|" + call.accountId(), key -> new LongAdder()).increment();
    }

    private int read(String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.intValue();
    }
}
