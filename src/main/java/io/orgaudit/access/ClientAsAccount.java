package io.orgaudit.access;

import software.amazon.awssdk.core.SdkClient;

/**
 * What the clients acting as an account ({@link CloudTrailAsAccount} and its siblings) have in common: the shared
 * client they send through, the account's {@link AccountCalls}, and a {@code close} that leaves the shared client
 * open for other accounts (the factory closes it).
 */
abstract class ClientAsAccount<C extends SdkClient> {

    protected final C shared;
    protected final AccountCalls calls;

    ClientAsAccount(C shared, AccountCalls calls) {
        this.shared = shared;
        this.calls = calls;
    }

    public String serviceName() {
        return shared.serviceName();
    }

    public void close() {
    }

    @Override
    public String toString() {
        return calls.describe(shared.serviceName());
    }
}
