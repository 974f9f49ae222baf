package io.orgaudit.scan;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress line an operator watches: accounts done of total, accounts with failed calls so far, rate, ETA.
 * Logged at a fixed interval while evidence is collected (also when nothing finished, so a run stuck on throttling
 * still shows) and once at the end, through the log so that it is one structured record per line when the pod logs
 * JSON. While the organization is still being listed the total is a lower bound, shown as "400+", with no ETA.
 */
final class ScanProgress {

    private static final Logger log = LoggerFactory.getLogger(ScanProgress.class);

    private final Duration interval;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger withErrors = new AtomicInteger();
    private volatile IntSupplier total = () -> 0;
    private volatile BooleanSupplier listing = () -> false;
    private volatile long startedNanos;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> ticks;

    ScanProgress(Duration interval) {
        this.interval = interval;
    }

    /** Evidence collection starts on a known number of accounts. */
    void start(int accounts) {
        log.info("Collecting evidence from {} accounts", accounts);
        start(() -> accounts, () -> false);
    }

    /**
     * Evidence collection starts while the organization is still listed.
     *
     * @param total   the accounts to scan found so far
     * @param listing whether more may come
     */
    void startWhileListing(IntSupplier total, BooleanSupplier listing) {
        log.info("Collecting evidence while the organization is listed");
        start(total, listing);
    }

    private synchronized void start(IntSupplier total, BooleanSupplier listing) {
        done.set(0);
        withErrors.set(0);
        this.total = total;
        this.listing = listing;
        startedNanos = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scan-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        ticks = timer.scheduleAtFixedRate(() -> log.info(line(System.nanoTime())), millis, millis,
                TimeUnit.MILLISECONDS);
    }

    void accountDone(boolean hadErrors) {
        done.incrementAndGet();
        if (hadErrors) {
            withErrors.incrementAndGet();
        }
    }

    /** Evidence collection ended (or failed): the last line, with the final counts. */
    synchronized void stop() {
        if (timer != null) {
            ticks.cancel(false);
            timer.shutdownNow();
            timer = null;
            log.info(line(System.nanoTime()));
        }
    }

    String line(long nanos) {
        boolean listing = this.listing.getAsBoolean();
        int now = done.get();
        int of = total.getAsInt();
        double seconds = Math.max(1e-3, (nanos - startedNanos) / 1e9);
        double rate = now / seconds;
        String eta = listing || rate <= 0 ? "?" : format(Duration.ofSeconds(Math.round((of - now) / rate)));
        return String.format("progress: %d/%d%s accounts%s, %d with errors, %.1f accounts/s, ETA %s", now, of,
                listing ? "+" : "", listing ? " (organization still being listed)" : "", withErrors.get(), rate, eta);
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
                : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.toSeconds() + "s";
    }
}
