package io.orgaudit.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress line an operator watches: accounts done of total, accounts with failed calls so far, rate, ETA.
 * Logged at most once per interval and once at the end, through the log so that it is one structured record per
 * line when the pod logs JSON, and so 10,000 accounts do not flood a CronJob's log.
 */
public final class ScanProgress {

    private static final Logger log = LoggerFactory.getLogger(ScanProgress.class);

    private final long intervalNanos;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger withErrors = new AtomicInteger();
    private final AtomicLong lastLogged = new AtomicLong();
    private volatile int total;
    private volatile long startedNanos;

    public ScanProgress(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    void start(int totalAccounts) {
        total = totalAccounts;
        done.set(0);
        withErrors.set(0);
        startedNanos = System.nanoTime();
        lastLogged.set(startedNanos);
        log.info("Collecting evidence from {} accounts", totalAccounts);
    }

    void accountDone(boolean hadErrors) {
        int now = done.incrementAndGet();
        if (hadErrors) {
            withErrors.incrementAndGet();
        }
        long nanos = System.nanoTime();
        long last = lastLogged.get();
        if (now == total || (nanos - last >= intervalNanos && lastLogged.compareAndSet(last, nanos))) {
            log.info(line(now, nanos));
        }
    }

    String line(int now, long nanos) {
        double seconds = Math.max(1e-3, (nanos - startedNanos) / 1e9);
        double rate = now / seconds;
        long eta = rate > 0 ? Math.round((total - now) / rate) : -1;
        return String.format("progress: %d/%d accounts, %d with errors, %.1f accounts/s, ETA %s", now, total,
                withErrors.get(), rate, eta < 0 ? "?" : format(Duration.ofSeconds(eta)));
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
