package io.orgaudit.failure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, with its failure as the work threw it. */
public final class Futures {

    private Futures() {
    }

    /**
     * The future's answer. A failure is thrown as itself (the RuntimeException or Error the work threw, so an
     * ActionableFailure stays one), not wrapped in a CompletionException. Not interruptible, like
     * {@link CompletableFuture#join}.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
