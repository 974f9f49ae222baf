package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/** Describes one SNS topic and its subscriptions; from {@link AccountBuilder#topic}. */
public final class TopicBuilder {

    private final String name;
    private final String region;
    private final List<SimSubscription> subscriptions = new ArrayList<>();

    TopicBuilder(String name, String region) {
        this.name = Check.notBlank("name", name);
        this.region = Check.region("region", region);
    }

    public TopicBuilder confirmed(String protocol, String endpoint) {
        return subscription(protocol, endpoint, true);
    }

    public TopicBuilder pending(String protocol, String endpoint) {
        return subscription(protocol, endpoint, false);
    }

    public TopicBuilder subscription(String protocol, String endpoint, boolean confirmed) {
        String field = "subscriptions[" + subscriptions.size() + "]";
        subscriptions.add(new SimSubscription(Check.notBlank(field + ".protocol", protocol),
                Check.notBlank(field + ".endpoint", endpoint), confirmed));
        return this;
    }

    SimTopic build() {
        return new SimTopic(name, region, subscriptions);
    }
}
