package io.orgaudit.rule;

import java.util.List;

import io.orgaudit.failure.Failure;
import io.orgaudit.evidence.AlarmEvidence;
import io.orgaudit.evidence.LogGroupEvidence;
import io.orgaudit.evidence.MetricFilterEvidence;
import io.orgaudit.evidence.TargetEvidence;
import io.orgaudit.evidence.TopicEvidence;
import io.orgaudit.evidence.TrailEvidence;
import io.orgaudit.evidence.TrailSettings;

/** Evidence fixtures: a complete chain, and each link broken on purpose. */
final class Chains {

    static final String ACCOUNT = "222222222222";
    static final String REFERENCE = "{(($.errorCode=\"*UnauthorizedOperation\") || ($.errorCode=\"AccessDenied*\")) "
            + "&& (($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") && ($.eventName!=\"HeadBucket\"))}";
    static final String CIS_1_2 = "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }";
    static final String TOPIC = "arn:aws:sns:us-east-1:" + ACCOUNT + ":security-alerts";
    static final String LOG_GROUP = "arn:aws:logs:us-east-1:" + ACCOUNT + ":log-group:cloudtrail:*";

    private Chains() {
    }

    static TopicEvidence topic(boolean... confirmed) {
        List<TopicEvidence.Subscriber> subscribers = new java.util.ArrayList<>();
        for (boolean c : confirmed) {
            subscribers.add(new TopicEvidence.Subscriber("email", "sec@example.com", c));
        }
        return new TopicEvidence(TOPIC, subscribers, null);
    }

    static AlarmEvidence alarm(boolean actionsEnabled, TopicEvidence... topics) {
        return new AlarmEvidence("unauthorized-api-calls", "arn:aws:cloudwatch:us-east-1:" + ACCOUNT
                + ":alarm:unauthorized-api-calls", actionsEnabled,
                List.of(topics).stream().map(TopicEvidence::arn).toList(), "UnauthorizedAPICalls", "CISBenchmark",
                List.of(topics));
    }

    static MetricFilterEvidence filter(String name, String pattern, AlarmEvidence... alarms) {
        return new MetricFilterEvidence(name, pattern,
                List.of(new MetricFilterEvidence.MetricRef("UnauthorizedAPICalls", "CISBenchmark")),
                true, List.of(alarms), null);
    }

    static LogGroupEvidence logGroup(MetricFilterEvidence... filters) {
        return new LogGroupEvidence(LOG_GROUP, ACCOUNT, "us-east-1", "cloudtrail", List.of(filters), null);
    }

    static LogGroupEvidence unreadableLogGroup(Failure failure) {
        return new LogGroupEvidence(LOG_GROUP, ACCOUNT, "us-east-1", "cloudtrail", List.of(), failure);
    }

    static TrailEvidence trail(String name, LogGroupEvidence logGroup) {
        return new TrailEvidence("arn:aws:cloudtrail:us-east-1:" + ACCOUNT + ":trail/" + name, name, ACCOUNT,
                "us-east-1", true, false, logGroup == null ? null : logGroup.arn(),
                new TrailSettings(true, true, "basic: [All incl. management]"), null, logGroup);
    }

    static TrailEvidence complete() {
        return trail("main", logGroup(filter("unauthorized", REFERENCE, alarm(true, topic(true)))));
    }

    static AccountEvidence account(TrailEvidence... trails) {
        return new AccountEvidence(ACCOUNT, List.of("us-east-1"),
                List.of(new TargetEvidence(ACCOUNT, "us-east-1", List.of(trails), List.of())));
    }

    static Failure denied(String operation) {
        return new Failure(Failure.Kind.ACCESS_DENIED, operation, "AccessDeniedException", "not authorized");
    }
}
