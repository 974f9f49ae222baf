package io.orgaudit.scan;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.orgaudit.store.AccountStore;
import io.orgaudit.store.RunStore;
import io.orgaudit.store.ScanStore;

/**
 * The accounts to scan, each once: from the live listing or the run's table, then, from the table again, any
 * account still PENDING that neither handed over. The database, not what this process was told, decides what
 * is left to do, so no account ends a run unscanned whatever moment an earlier process was killed at.
 */
final class AccountsToScan {

    private static final Logger log = LoggerFactory.getLogger(AccountsToScan.class);

    private final AccountStore accounts;
    private final long runId;
    private final Set<String> taken = new HashSet<>();
    private AccountSource current;
    private boolean swept;

    /** Starts the progress line on what is known of the accounts to scan. */
    AccountsToScan(RunStore runs, AccountStore accounts, AccountFeeds feeds, ScanProgress progress, long runId,
                   long executionId) {
        this.accounts = accounts;
        this.runId = runId;
        if (runs.accountsListed(runId)) {
            List<String> pending = accounts.accountIds(runId, ScanStore.PENDING);
            progress.start(pending.size());
            current = iterate(pending);
        } else {
            AccountFeed feed = feeds.of(executionId);
            progress.startWhileListing(feed::published, feed::listing);
            current = feed::take;
        }
    }

    /** The next account to scan, waiting for the listing if need be; null once every account has been taken. */
    String next() throws InterruptedException {
        while (true) {
            String accountId = current.next();
            if (accountId != null) {
                if (taken.add(accountId)) {
                    return accountId;
                }
                continue; // handed over twice: scanned once
            }
            if (swept) {
                return null;
            }
            swept = true;
            List<String> missed = accounts.accountIds(runId, ScanStore.PENDING).stream()
                    .filter(id -> !taken.contains(id)).toList();
            if (!missed.isEmpty()) {
                log.warn("Run {}: {} accounts recorded as still to scan were not handed over; scanning them "
                        + "now: {}", runId, missed.size(), String.join(", ", missed));
            }
            current = iterate(missed);
        }
    }

    private static AccountSource iterate(List<String> accountIds) {
        Iterator<String> next = accountIds.iterator();
        return () -> next.hasNext() ? next.next() : null;
    }

    /** Where the accounts come from: the live listing, or the run's table. */
    @FunctionalInterface
    private interface AccountSource {
        String next() throws InterruptedException;
    }
}
