package io.orgaudit.evidence;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * An SNS topic read in its own account and region. A subscription whose ARN is "PendingConfirmation" is pending,
 * and does not count as a subscriber.
 */
public record TopicEvidence(String arn, List<Subscriber> subscribers, Failure failure) {

    public record Subscriber(String protocol, String endpoint, boolean confirmed) {}

    public long confirmed() {
        return subscribers.stream().filter(Subscriber::confirmed).count();
    }

    public long pending() {
        return subscribers.size() - confirmed();
    }
}
