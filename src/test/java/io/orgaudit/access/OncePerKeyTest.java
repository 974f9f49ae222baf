package io.orgaudit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One answer per key: made once for callers at the same time, not held up by other keys, a failure not kept. */
class OncePerKeyTest {

    private final OncePerKey<String, String> once = new OncePerKey<>();

    @Test
    void callersOfOneKeyShareOneAnswerWhileOtherKeysDoNotWait() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> slow = new ArrayList<>();
            slow.add(pool.submit(() -> once.get("slow", () -> {
                made.incrementAndGet();
                slowStarted.countDown();
                await(release);
                return "answer";
            })));
            assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
            slow.add(pool.submit(() -> once.get("slow", () -> "second answer")));

            // Another key is answered while the slow one is still being made.
            assertThat(pool.submit(() -> once.get("other", () -> "quick")).get(5, TimeUnit.SECONDS)).isEqualTo("quick");

            release.countDown();
            for (Future<String> caller : slow) {
                assertThat(caller.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
            }
            assertThat(made).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsPassedOnAndForgottenSoTheNextCallTriesAgain() {
        assertThatThrownBy(() -> once.get("key", () -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");

        assertThat(once.get("key", () -> "fixed")).isEqualTo("fixed");
    }

    @Test
    void forgottenKeysAreMadeAgainAndTheirAnswersHandedOn() {
        once.get("a|1", () -> "one");
        once.get("b|2", () -> "two");
        List<String> closed = new ArrayList<>();

        once.forgetIf(key -> key.startsWith("a|"), closed::add);

        assertThat(closed).containsExactly("one");
        assertThat(once.get("a|1", () -> "one again")).isEqualTo("one again");
        assertThat(once.get("b|2", () -> "two again")).isEqualTo("two");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aKeyIsAnsweredOnlyOnceItsAnswerIsMadeAndNotWhenMakingItFailed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> making = pool.submit(() -> once.get("key", () -> {
                started.countDown();
                await(release);
                return "answer";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(once.isAnswered("key")).isFalse(); // being made: a get would wait

            release.countDown();
            making.get(5, TimeUnit.SECONDS);
            assertThat(once.isAnswered("key")).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> once.get("broken", () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(once.isAnswered("broken")).isFalse();
        assertThat(once.isAnswered("never asked")).isFalse();
    }

    @Test
    @Timeout(5) // before the fix, the second caller waited for ever
    void anErrorWhileMakingAnAnswerIsThrownAsItIsAndNotKept() {
        assertThatThrownBy(() -> once.get("key", () -> {
            throw new AssertionError("a bug");
        })).isInstanceOf(AssertionError.class).hasMessage("a bug");

        // Not left unfinished: a later caller makes the answer again instead of waiting for ever.
        assertThat(once.get("key", () -> "answer")).isEqualTo("answer");
    }
}
