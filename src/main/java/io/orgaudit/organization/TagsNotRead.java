package io.orgaudit.organization;

import io.orgaudit.failure.Failure;

/** An account's tags could not be read: the call failed after every retry. */
public final class TagsNotRead extends RuntimeException {

    private final transient Failure failure;

    TagsNotRead(String accountId, Failure failure, Throwable cause) {
        super("tags of account " + accountId + ": " + failure.describe(), cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
