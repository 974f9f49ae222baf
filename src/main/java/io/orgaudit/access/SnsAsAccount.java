package io.orgaudit.access;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsServiceClientConfiguration;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;

/** {@link SnsClient} acting as one account: the operations the scan makes, sent by {@link AccountCalls}. */
final class SnsAsAccount extends ClientAsAccount<SnsClient> implements SnsClient {

    SnsAsAccount(SnsClient shared, AccountCalls calls) {
        super(shared, calls);
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(ListSubscriptionsByTopicRequest request) {
        return calls.send(request, shared::listSubscriptionsByTopic);
    }

    @Override
    public SnsServiceClientConfiguration serviceClientConfiguration() {
        return shared.serviceClientConfiguration();
    }
}
