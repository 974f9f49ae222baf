package io.orgaudit.simulator.scenario;

import java.util.List;

/** An SNS topic in the account that owns it. */
public record SimTopic(String name, String region, List<SimSubscription> subscriptions) {

    public SimTopic {
        subscriptions = List.copyOf(subscriptions);
    }

    public String arn(String accountId) {
        return "arn:aws:sns:" + region + ":" + accountId + ":" + name;
    }
}
