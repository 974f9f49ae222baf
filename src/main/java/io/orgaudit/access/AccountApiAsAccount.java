package io.orgaudit.access;

import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.AccountServiceClientConfiguration;
import software.amazon.awssdk.services.account.model.ListRegionsRequest;
import software.amazon.awssdk.services.account.model.ListRegionsResponse;

/** {@link AccountClient} acting as one account: the operations the scan makes, sent by {@link AccountCalls}. */
final class AccountApiAsAccount extends ClientAsAccount<AccountClient> implements AccountClient {

    AccountApiAsAccount(AccountClient shared, AccountCalls calls) {
        super(shared, calls);
    }

    @Override
    public ListRegionsResponse listRegions(ListRegionsRequest request) {
        return calls.send(request, shared::listRegions);
    }

    @Override
    public AccountServiceClientConfiguration serviceClientConfiguration() {
        return shared.serviceClientConfiguration();
    }
}
