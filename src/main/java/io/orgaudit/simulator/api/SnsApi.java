package io.orgaudit.simulator.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.AwsServiceError;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.Pages;
import io.orgaudit.simulator.protocol.QueryApi;
import io.orgaudit.simulator.protocol.Xml;
import io.orgaudit.simulator.scenario.SimSubscription;
import io.orgaudit.simulator.scenario.SimTopic;

/** Amazon SNS (query protocol): ListSubscriptionsByTopic for a topic of the caller's account and region. */
final class SnsApi implements QueryApi {

    static final ErrorDialect ERRORS = ErrorDialect.query("AuthorizationError", "InvalidParameter", "InvalidParameter");
    private static final Pattern TOPIC_ARN = Pattern.compile("arn:aws:sns:([a-z0-9-]+):(\\d{12}):([\\w-]{1,256})");
    private static final int PAGE = 100;

    @Override
    public void call(ApiRequest request, Xml result) {
        if (!request.operation().equals("ListSubscriptionsByTopic")) {
            throw request.errors().unknownOperation(request.operation());
        }
        String topicArn = request.required("TopicArn");
        Matcher arn = TOPIC_ARN.matcher(topicArn);
        if (!arn.matches() || !arn.group(1).equals(request.region())) {
            throw request.errors().validation("Invalid parameter: TopicArn");
        }
        if (!arn.group(2).equals(request.accountId())) {
            throw request.errors().accessDenied("User: " + request.caller().arn()
                    + " is not authorized to perform: SNS:ListSubscriptionsByTopic on resource: " + topicArn
                    + " because no resource-based policy allows the SNS:ListSubscriptionsByTopic action");
        }
        SimTopic topic = request.account().topic(request.region(), arn.group(3))
                .orElseThrow(() -> new AwsServiceError(404, "NotFound", "Topic does not exist"));
        Pages.Page<SimSubscription> page = Pages.page(request, topic.subscriptions(), "NextToken", null, PAGE,
                "ListSubscriptionsByTopic/" + topicArn);
        result.open("Subscriptions");
        for (SimSubscription subscription : page.items()) {
            result.open("member")
                    .leaf("TopicArn", topicArn)
                    .leaf("Protocol", subscription.protocol())
                    .leaf("SubscriptionArn", subscription.confirmed() ? topicArn + ":" + subscriptionId(topicArn, subscription)
                            : "PendingConfirmation")
                    .leaf("Owner", request.accountId())
                    .leaf("Endpoint", subscription.endpoint())
                    .close("member");
        }
        result.close("Subscriptions");
        page.nextToken().ifPresent(token -> result.leaf("NextToken", token));
    }

    /** Stable across runs, so evidence from two runs can be compared. */
    private static String subscriptionId(String topicArn, SimSubscription subscription) {
        String key = topicArn + "|" + subscription.protocol() + "|" + subscription.endpoint();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
