package io.orgaudit.access;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A token bucket: at most {@code perSecond} requests a second on average, and a burst of {@code burst} after a quiet
 * spell. A caller over the rate waits for its turn here instead of being throttled by AWS and retried with backoff,
 * which would cost the same wait plus a wasted call against the same quota.
 */
public final class RequestRate {

    private final long intervalNanos;
    private final long burstNanos;
    private long nextFree;

    public RequestRate(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a request rate needs perSecond > 0 and burst >= 1");
        }
        this.intervalNanos = Math.round(TimeUnit.SECONDS.toNanos(1) / perSecond);
        this.burstNanos = (burst - 1) * intervalNanos;
        this.nextFree = System.nanoTime() - burstNanos; // starts full: a new account's first burst does not wait
    }

    /** Waits until this request may go. */
    public void acquire() {
        long wait = reserve(System.nanoTime());
        while (wait > 0) {
            long until = System.nanoTime() + wait;
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                // The SDK's call timeout interrupts; let the call see it and fail as a timeout.
                Thread.currentThread().interrupt();
                return;
            }
            wait = until - System.nanoTime();
        }
    }

    /** Takes the next free slot; the answer is how long to wait for it (zero or less: go now). */
    synchronized long reserve(long now) {
        long slot = Math.max(nextFree, now - burstNanos);
        nextFree = slot + intervalNanos;
        return slot - now;
    }
}
