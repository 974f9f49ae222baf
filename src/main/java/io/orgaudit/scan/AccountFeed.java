package io.orgaudit.scan;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts to scan, handed from the listing of the organization to the collection step page by page while the
 * listing is still going, so the first accounts are scanned after the first page rather than after the last.
 * One producer finishes it (or aborts it with the listing's failure); one consumer takes accounts until the end.
 */
final class AccountFeed {

    private static final List<String> END = List.of();

    private final BlockingQueue<List<String>> pages = new LinkedBlockingQueue<>();
    private final AtomicInteger published = new AtomicInteger();
    private volatile boolean over;
    private volatile RuntimeException failure;
    private List<String> current = END;
    private int next;

    /** Accounts ready to scan: their rows are committed, so a worker may record their results. */
    void publish(List<String> accountIds) {
        if (!accountIds.isEmpty()) {
            published.addAndGet(accountIds.size());
            pages.add(List.copyOf(accountIds));
        }
    }

    /** Every account has been published. */
    void finish() {
        over = true;
        pages.add(END);
    }

    /** Accounts published so far: all of them once {@link #listing()} is false. */
    int published() {
        return published.get();
    }

    /** Whether more accounts may still come. */
    boolean listing() {
        return !over;
    }

    /** The listing failed: the consumer stops taking accounts and fails with this cause. */
    void abort(RuntimeException cause) {
        failure = cause;
        over = true;
        pages.clear(); // the pages not taken yet are not scanned: the run is failing
        pages.add(END);
    }

    /**
     * The next account to scan, waiting for the listing if need be; null once every account has been taken.
     *
     * @throws OrganizationListingFailed when the listing failed (the accounts taken before are still valid)
     */
    String take() throws InterruptedException {
        while (next == current.size()) {
            current = pages.take();
            next = 0;
            if (current == END) {
                pages.add(END); // stays at the end for any later take()
                if (failure != null) {
                    throw new OrganizationListingFailed(failure);
                }
                return null;
            }
        }
        return current.get(next++);
    }

    /** Collection stops because the accounts could not all be listed; the listing's own error is the cause. */
    static final class OrganizationListingFailed extends RuntimeException {

        OrganizationListingFailed(RuntimeException cause) {
            super("evidence collection stopped: the organization's accounts could not be listed: "
                    + cause.getMessage(), cause);
        }
    }
}
