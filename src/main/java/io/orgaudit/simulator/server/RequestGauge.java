package io.orgaudit.simulator.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests being answered right now, the most at once, and the time all requests spent being answered (from
 * reading the request to sending the answer, latency included). Busy time divided by wall time is the average
 * number of requests in flight, which is what a benchmark compares with the concurrency it asked for.
 */
public final class RequestGauge {

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final LongAdder busyNanos = new LongAdder();
    private final Map<String, AtomicInteger> currentPerTarget = new ConcurrentHashMap<>();
    private final AtomicInteger peakPerTarget = new AtomicInteger();
    private final AtomicInteger peakPerStsCaller = new AtomicInteger();

    public int current() {
        return current.get();
    }

    public int peak() {
        return peak.get();
    }

    public Duration busy() {
        return Duration.ofNanos(busyNanos.sum());
    }

    /**
     * The most requests one account had in flight at once to one service in one region, STS aside: what AWS's
     * per-account, per-region quotas count.
     */
    public int peakPerAccountServiceRegion() {
        return peakPerTarget.get();
    }

    /** The most STS requests one caller had in flight at once: the hub assuming the accounts' roles. */
    public int peakStsPerCaller() {
        return peakPerStsCaller.get();
    }

    public void reset() {
        peak.set(current.get());
        busyNanos.reset();
        peakPerTarget.set(0);
        peakPerStsCaller.set(0);
    }

    /** A request of this account to this service in this region is being answered, until the returned runnable. */
    Runnable enterTarget(String accountId, String service, String region) {
        AtomicInteger count = currentPerTarget.computeIfAbsent(accountId + "/" + service + "/" + region,
                key -> new AtomicInteger());
        ("sts".equals(service) ? peakPerStsCaller : peakPerTarget).accumulateAndGet(count.incrementAndGet(), Math::max);
        return count::decrementAndGet;
    }

    /** @return the start, to hand to {@link #leave(long)} */
    long enter() {
        peak.accumulateAndGet(current.incrementAndGet(), Math::max);
        return System.nanoTime();
    }

    void leave(long startedNanos) {
        busyNanos.add(System.nanoTime() - startedNanos);
        current.decrementAndGet();
    }
}
