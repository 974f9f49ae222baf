package io.orgaudit.evidence;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Evidence that many accounts share (an organization trail's log group, a central SNS topic, the trail's status),
 * read once per run: the first account to ask reads it, the others wait for that answer instead of calling AWS
 * again. Keyed by run so a second run in the same JVM reads fresh data.
 */
final class SharedEvidence {

    private final Map<String, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T once(long runId, String key, Supplier<T> reader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = answers.putIfAbsent(runId + "|" + key, mine);
        if (existing != null) {
            return (T) existing.join();
        }
        try {
            T value = reader.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            // Readers turn AWS errors into evidence; anything else is a bug, and the waiting partitions see it too.
            mine.completeExceptionally(e);
            answers.remove(runId + "|" + key, mine);
            throw e;
        }
    }

    void forgetRun(long runId) {
        answers.keySet().removeIf(key -> key.startsWith(runId + "|"));
    }
}
