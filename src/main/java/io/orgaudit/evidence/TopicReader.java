package io.orgaudit.evidence;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.sns.model.Subscription;

import io.orgaudit.access.AwsAccess;
import io.orgaudit.access.AwsFailures;
import io.orgaudit.access.RoleAssumptionException;

/** Reads an SNS topic's subscriptions in the topic's own account and region, once per run per topic. */
final class TopicReader {

    private static final String PENDING = "PendingConfirmation";

    private final AwsAccess access;
    private final SharedEvidence shared;

    TopicReader(AwsAccess access, SharedEvidence shared) {
        this.access = access;
        this.shared = shared;
    }

    TopicEvidence read(long runId, String topicArn) {
        return shared.once(runId, "topic|" + topicArn, () -> readNow(topicArn));
    }

    private TopicEvidence readNow(String topicArn) {
        Arns.Parts arn = Arns.parse(topicArn).orElseThrow();
        try {
            List<TopicEvidence.Subscriber> subscribers = new ArrayList<>();
            for (Subscription s : access.session(arn.accountId()).sns(arn.region())
                    .listSubscriptionsByTopicPaginator(r -> r.topicArn(topicArn)).subscriptions()) {
                if ("Deleted".equals(s.subscriptionArn())) {
                    continue;
                }
                subscribers.add(new TopicEvidence.Subscriber(s.protocol(), s.endpoint(),
                        !PENDING.equals(s.subscriptionArn())));
            }
            return new TopicEvidence(topicArn, subscribers, null);
        } catch (RoleAssumptionException e) {
            return new TopicEvidence(topicArn, List.of(), e.failure());
        } catch (RuntimeException e) {
            return new TopicEvidence(topicArn, List.of(), AwsFailures.classify("sns:ListSubscriptionsByTopic", e));
        }
    }
}
