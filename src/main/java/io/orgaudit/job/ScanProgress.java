package io.orgaudit.job;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line an operator watches: accounts done of total, accounts with failed calls so far, rate, ETA.
 * Printed at most once a second, and once at the end, so 10,000 accounts do not flood a CronJob's log.
 */
public final class ScanProgress {

    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger withErrors = new AtomicInteger();
    private final AtomicLong lastPrinted = new AtomicLong();
    private volatile int total;
    private volatile long startedNanos;

    public ScanProgress(PrintStream out) {
        this.out = out;
    }

    void start(int totalAccounts) {
        total = totalAccounts;
        done.set(0);
        withErrors.set(0);
        startedNanos = System.nanoTime();
        lastPrinted.set(0);
        out.printf("Collecting evidence from %d accounts%n", totalAccounts);
    }

    void accountDone(boolean hadErrors) {
        int now = done.incrementAndGet();
        if (hadErrors) {
            withErrors.incrementAndGet();
        }
        long nanos = System.nanoTime();
        long last = lastPrinted.get();
        if (now == total || (nanos - last > 1_000_000_000L && lastPrinted.compareAndSet(last, nanos))) {
            out.println(line(now, nanos));
        }
    }

    String line(int now, long nanos) {
        double seconds = Math.max(1e-3, (nanos - startedNanos) / 1e9);
        double rate = now / seconds;
        long eta = rate > 0 ? Math.round((total - now) / rate) : -1;
        return String.format("  %d/%d accounts, %d with errors, %.1f accounts/s, ETA %s", now, total,
                withErrors.get(), rate, eta < 0 ? "?" : format(Duration.ofSeconds(eta)));
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
