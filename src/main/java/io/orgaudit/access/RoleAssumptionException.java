package io.orgaudit.access;

import io.orgaudit.failure.Failure;

/** The audit role of an account could not be assumed; carries the classified failure for the verdict. */
public final class RoleAssumptionException extends RuntimeException {

    private final transient Failure failure;

    RoleAssumptionException(Failure failure, Throwable cause) {
        super(failure.describe(), cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
