package io.orgaudit.access;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.orgaudit.failure.Futures;

/**
 * One answer per key, made once: the first caller makes it, callers of the same key meanwhile wait for that answer
 * instead of making their own, and callers of other keys never wait (unlike {@code computeIfAbsent}, which may block
 * a whole bin of the map while a slow answer is made). A failure reaches the callers waiting for it and is then
 * forgotten, so a later call tries again.
 */
public final class OncePerKey<K, V> {

    private final Map<K, CompletableFuture<V>> answers = new ConcurrentHashMap<>();

    public V get(K key, Supplier<? extends V> make) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = answers.putIfAbsent(key, mine);
        if (existing != null) {
            return Futures.join(existing);
        }
        try {
            V answer = make.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            // An Error too: callers waiting for this key would otherwise wait for ever.
            answers.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Whether the key's answer is made already, so a {@link #get} of it returns at once. */
    public boolean isAnswered(K key) {
        CompletableFuture<V> answer = answers.get(key);
        return answer != null && answer.isDone() && !answer.isCompletedExceptionally();
    }

    /** Forgets one key; {@code then} gets its answer once it is made (at once if it is in already). */
    public void forget(K key, Consumer<? super V> then) {
        CompletableFuture<V> answer = answers.remove(key);
        if (answer != null) {
            answer.thenAccept(then);
        }
    }

    /** Forgets the keys that match; {@code then} gets each of their answers once it is made. */
    public void forgetIf(Predicate<? super K> which, Consumer<? super V> then) {
        answers.entrySet().removeIf(entry -> {
            if (which.test(entry.getKey())) {
                entry.getValue().thenAccept(then);
                return true;
            }
            return false;
        });
    }

    /** Forgets every key; {@code then} gets each answer once it is made. */
    public void forgetAll(Consumer<? super V> then) {
        forgetIf(key -> true, then);
    }
}
