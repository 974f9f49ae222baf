package io.orgaudit.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.orgaudit.settings.ActionableFailure;

/** Work done on another thread fails as itself, not wrapped in a CompletionException. */
class FuturesTest {

    @Test
    void givesTheAnswer() {
        assertThat(Futures.join(CompletableFuture.supplyAsync(() -> "answer"))).isEqualTo("answer");
    }

    @Test
    void throwsTheRuntimeExceptionOrErrorTheWorkThrew() {
        IllegalStateException refused = new IllegalStateException("refused");
        AssertionError bug = new AssertionError("a bug");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.supplyAsync(() -> {
            throw refused;
        }))).isSameAs(refused);
        assertThatThrownBy(() -> Futures.join(CompletableFuture.runAsync(() -> {
            throw bug;
        }))).isSameAs(bug);
    }

    @Test
    void anActionableFailureStaysOne() {
        CompletableFuture<String> failed = new CompletableFuture<>();
        failed.completeExceptionally(new ActionableFailure("orgaudit.x: what to do", null));

        assertThatThrownBy(() -> Futures.join(failed)).isInstanceOf(ActionableFailure.class);
    }
}
