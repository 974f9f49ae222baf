package io.orgaudit.scan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed of each job execution, found by its id: the listing step and the collection step start side by side and
 * either may ask first. A restart is a new execution with a feed of its own, so nothing of an interrupted listing
 * reaches it.
 */
final class AccountFeeds {

    private final Map<Long, AccountFeed> feeds = new ConcurrentHashMap<>();

    AccountFeed of(long jobExecutionId) {
        return feeds.computeIfAbsent(jobExecutionId, id -> new AccountFeed());
    }

    void close(long jobExecutionId) {
        feeds.remove(jobExecutionId);
    }
}
