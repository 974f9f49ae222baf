package io.orgaudit.simulator.scenario;

/** An SNS subscription; a pending one is listed with the SubscriptionArn {@code PendingConfirmation}. */
public record SimSubscription(String protocol, String endpoint, boolean confirmed) {
}
