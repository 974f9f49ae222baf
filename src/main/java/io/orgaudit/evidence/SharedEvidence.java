package io.orgaudit.evidence;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Evidence that many accounts share (an organization trail's log group, a central SNS topic, the trail's status),
 * read once per run: the first account to ask reads it, the others use that answer instead of calling AWS again,
 * waiting for it ({@link #once}) or, with {@link #later}, going on with their own calls and taking the answer when
 * they need it. Keyed by run so a second run in the same JVM reads fresh data.
 */
final class SharedEvidence {

    private final Map<String, CompletableFuture<Object>> answers = new ConcurrentHashMap<>();

    <T> T once(long runId, String key, Supplier<T> reader) {
        return later(runId, key, reader).get();
    }

    /**
     * The answer, read now by the caller when nobody has asked before; otherwise the other reader's answer, taken
     * when the returned supplier is called (waiting only then if it is not in yet). At the start of a scan every
     * account in flight meets the organization trail at once: they go on with their other regions while one reads
     * its chain, rather than all waiting for it.
     */
    @SuppressWarnings("unchecked")
    <T> Supplier<T> later(long runId, String key, Supplier<T> reader) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = answers.putIfAbsent(runId + "|" + key, mine);
        if (existing != null) {
            return () -> (T) existing.join();
        }
        try {
            T value = reader.get();
            mine.complete(value);
            return () -> value;
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
