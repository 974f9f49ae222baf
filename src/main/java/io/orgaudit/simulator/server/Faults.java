package io.orgaudit.simulator.server;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trouble to inject while the simulator runs; thread-safe, takes effect on the next request. Operation names
 * are the AWS API names (e.g. "DescribeMetricFilters", "AssumeRole").
 */
public final class Faults {

    private static final String UNSCOPED = " without its resource";

    private volatile Duration minLatency = Duration.ZERO;
    private volatile Duration maxLatency = Duration.ZERO;
    private final Map<String, AtomicInteger> pendingThrottles = new ConcurrentHashMap<>();
    private final Map<String, Boolean> assumeRoleOverrides = new ConcurrentHashMap<>();
    private final Set<String> failingRegions = ConcurrentHashMap.newKeySet();
    private final Set<String> deniedOperations = ConcurrentHashMap.newKeySet();

    /** Every request waits this long before it is answered. */
    public Faults latency(Duration perCall) {
        return latency(perCall, perCall);
    }

    /** Every request waits a uniformly random time between min and max. */
    public Faults latency(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("latency needs 0 <= min <= max, got " + min + " and " + max);
        }
        this.minLatency = min;
        this.maxLatency = max;
        return this;
    }

    /** The next {@code times} calls of the operation (any account) are throttled; adds to any still pending. */
    public Faults throttle(String operation, int times) {
        pendingThrottles.computeIfAbsent(operation, op -> new AtomicInteger()).addAndGet(times);
        return this;
    }

    /** AssumeRole into the account is denied (AccessDenied), whatever the scenario says. */
    public Faults denyAssumeRole(String accountId) {
        assumeRoleOverrides.put(accountId, false);
        return this;
    }

    /** AssumeRole into the account is allowed even if the scenario's role is missing (the operator fixed it). */
    public Faults allowAssumeRole(String accountId) {
        assumeRoleOverrides.put(accountId, true);
        return this;
    }

    /** Every call signed for the region answers 503 ServiceUnavailable (the SDK retries, then gives up). */
    public Faults failRegion(String region) {
        failingRegions.add(region);
        return this;
    }

    public Faults restoreRegion(String region) {
        failingRegions.remove(region);
        return this;
    }

    /** The operation answers AccessDenied(Exception) when called as that account. */
    public Faults denyOperation(String accountId, String operation) {
        deniedOperations.add(accountId + "/" + operation);
        return this;
    }

    /**
     * The operation answers AccessDenied(Exception) when called as that account without naming its resource (e.g.
     * DescribeMetricFilters without a logGroupName), as under a policy that grants it on named resources only.
     */
    public Faults denyOperationWithoutResource(String accountId, String operation) {
        deniedOperations.add(accountId + "/" + operation + UNSCOPED);
        return this;
    }

    /** Lifts both denials of the operation: with and without its resource. */
    public Faults allowOperation(String accountId, String operation) {
        deniedOperations.remove(accountId + "/" + operation);
        deniedOperations.remove(accountId + "/" + operation + UNSCOPED);
        return this;
    }

    /** Back to the scenario as written: no latency, throttling, denials or failing regions. */
    public void clear() {
        latency(Duration.ZERO);
        pendingThrottles.clear();
        assumeRoleOverrides.clear();
        failingRegions.clear();
        deniedOperations.clear();
    }

    Duration nextLatency() {
        Duration min = minLatency;
        Duration max = maxLatency;
        if (max.equals(min)) {
            return min;
        }
        return min.plusNanos(ThreadLocalRandom.current().nextLong(max.minus(min).toNanos() + 1));
    }

    /** Consumes one pending throttle of the operation, if any. */
    boolean takeThrottle(String operation) {
        AtomicInteger pending = pendingThrottles.get(operation);
        return pending != null && pending.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    public Optional<Boolean> assumeRoleOverride(String accountId) {
        return Optional.ofNullable(assumeRoleOverrides.get(accountId));
    }

    boolean regionFails(String region) {
        return failingRegions.contains(region);
    }

    boolean operationDenied(String accountId, String operation, boolean namesItsResource) {
        return deniedOperations.contains(accountId + "/" + operation)
                || !namesItsResource && deniedOperations.contains(accountId + "/" + operation + UNSCOPED);
    }
}
