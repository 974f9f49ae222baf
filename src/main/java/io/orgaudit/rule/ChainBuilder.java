package io.orgaudit.rule;

import java.util.List;
import java.util.stream.Collectors;

import io.orgaudit.evidence.AlarmEvidence;
import io.orgaudit.evidence.MetricFilterEvidence;
import io.orgaudit.evidence.TopicEvidence;
import io.orgaudit.evidence.TrailEvidence;

/** Immutable step-by-step construction of a {@link Verdict.Chain} as the judge walks down the links. */
record ChainBuilder(Verdict.Chain chain) {

    static ChainBuilder of(TrailEvidence trail) {
        return new ChainBuilder(new Verdict.Chain(trail.arn(), trail.homeRegion(), trail.organizationTrail(),
                trail.logGroupArn(), null, null, null, null, null, null, 0, 0, List.of(), List.of()));
    }

    ChainBuilder withFilter(MetricFilterEvidence filter) {
        MetricFilterEvidence.MetricRef metric = filter.metrics().isEmpty() ? null : filter.metrics().get(0);
        Verdict.Chain c = chain;
        return new ChainBuilder(new Verdict.Chain(c.trailArn(), c.trailHomeRegion(), c.organizationTrail(),
                c.logGroupArn(), filter.name(), filter.pattern(), metric == null ? null : metric.name(),
                metric == null ? null : metric.namespace(), null, null, 0, 0, List.of(), List.of()));
    }

    ChainBuilder withAlarm(AlarmEvidence alarm) {
        Verdict.Chain c = chain;
        return new ChainBuilder(new Verdict.Chain(c.trailArn(), c.trailHomeRegion(), c.organizationTrail(),
                c.logGroupArn(), c.filterName(), c.filterPattern(), alarm.metricName(), alarm.namespace(),
                alarm.name(), null, 0, 0, List.of(), List.of()));
    }

    ChainBuilder withTopic(TopicEvidence topic) {
        Verdict.Chain c = chain;
        List<TopicEvidence.Subscriber> confirmed = topic.subscribers().stream()
                .filter(TopicEvidence.Subscriber::confirmed).toList();
        return new ChainBuilder(new Verdict.Chain(c.trailArn(), c.trailHomeRegion(), c.organizationTrail(),
                c.logGroupArn(), c.filterName(), c.filterPattern(), c.metricName(), c.metricNamespace(),
                c.alarmName(), topic.arn(), confirmed.size(), (int) topic.pending(),
                confirmed.stream().map(TopicEvidence.Subscriber::protocol).distinct().sorted().toList(),
                confirmed.stream().map(TopicEvidence.Subscriber::endpoint).toList()));
    }

    Verdict.Chain build() {
        return chain;
    }

    static String metrics(MetricFilterEvidence filter) {
        return filter.metrics().stream().map(m -> m.namespace() + "/" + m.name()).collect(Collectors.joining(", "));
    }

    /** "trail t -> log group g -> filter f -> alarm a -> topic arn (2 confirmed subscribers)". */
    static String describe(Verdict.Chain c) {
        String logGroup = c.logGroupArn().replaceFirst("^arn:[^:]+:logs:([^:]+):(\\d+):log-group:(.*?)(:\\*)?$",
                "$3 ($2, $1)");
        return (c.organizationTrail() ? "organization trail " : "trail ") + trailName(c.trailArn())
                + " -> log group " + logGroup + " -> filter " + c.filterName() + " -> alarm " + c.alarmName()
                + " -> topic " + c.topicArn() + " (" + c.confirmedSubscribers() + " confirmed subscriber"
                + (c.confirmedSubscribers() == 1 ? "" : "s") + ")";
    }

    static String trailName(String trailArn) {
        int slash = trailArn.lastIndexOf('/');
        return slash < 0 ? trailArn : trailArn.substring(slash + 1);
    }
}
