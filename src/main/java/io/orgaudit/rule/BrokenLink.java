package io.orgaudit.rule;

/**
 * Where a monitoring chain (trail, log group, metric filter, alarm, SNS action, confirmed subscriber) breaks: the
 * first link a FAIL lacks, so remediation starts there. The chain's resource names travel beside it in
 * {@link Verdict.Chain}; the reason says the same in words, for people only.
 */
public enum BrokenLink {
    /** No trail is visible to the account. */
    NO_TRAIL(Link.TRAIL, "no trail"),
    TRAIL_NOT_MULTI_REGION(Link.TRAIL, "trail not multi-region"),
    TRAIL_NOT_LOGGING(Link.TRAIL, "trail not logging"),
    TRAIL_MISSING_MANAGEMENT_EVENTS(Link.TRAIL, "trail misses management events"),
    /** The trail does not send to CloudWatch Logs. */
    NO_LOG_GROUP(Link.TRAIL, "trail sends to no log group"),
    /** The trail sends to a log group that does not exist. */
    LOG_GROUP_MISSING(Link.LOG_GROUP, "log group does not exist"),
    /** No metric filter equivalent to the required pattern. */
    NO_FILTER(Link.METRIC_FILTER, "no equivalent metric filter"),
    NO_ALARM(Link.ALARM, "no alarm on the filter's metric"),
    ALARM_ACTIONS_DISABLED(Link.ALARM_ACTION, "alarm actions disabled"),
    /** The alarm notifies no SNS topic. */
    NO_ALARM_ACTION(Link.ALARM_ACTION, "alarm notifies no SNS topic"),
    /** The alarm notifies a topic that does not exist. */
    TOPIC_MISSING(Link.ALARM_ACTION, "SNS topic does not exist"),
    NO_CONFIRMED_SUBSCRIBER(Link.SUBSCRIBER, "no confirmed subscriber");

    /** The links of the chain, in the order a trail's events travel along them. */
    public enum Link { TRAIL, LOG_GROUP, METRIC_FILTER, ALARM, ALARM_ACTION, SUBSCRIBER }

    private final Link link;
    private final String label;

    BrokenLink(Link link, String label) {
        this.link = link;
        this.label = label;
    }

    /** The link of the chain that breaks: the later it is, the further the chain got. */
    public Link link() {
        return link;
    }

    /** A few words for a column: "no confirmed subscriber". */
    public String label() {
        return label;
    }

    /** Whether the fix goes through the seed's steps from the metric filter on. */
    public boolean needsFilter() {
        return switch (this) {
            case NO_TRAIL, NO_LOG_GROUP, LOG_GROUP_MISSING, NO_FILTER -> true;
            default -> false;
        };
    }

    /** Whether the trail's own settings break the chain: the links after the trail were not examined. */
    public boolean isTrailSetting() {
        return this == TRAIL_NOT_MULTI_REGION || this == TRAIL_NOT_LOGGING || this == TRAIL_MISSING_MANAGEMENT_EVENTS;
    }

    /**
     * The break a chain of this shape shows, for verdicts stored before the broken link was: the first link the
     * chain lacks. Breaks that leave the same shape (a trail setting, a log group or topic that does not exist,
     * alarm actions disabled) read as the missing link after them, which the remediation also covers.
     */
    public static BrokenLink ofShape(Verdict.Chain chain) {
        if (chain == null || chain.trailArn() == null) {
            return NO_TRAIL;
        }
        if (chain.logGroupArn() == null) {
            return NO_LOG_GROUP;
        }
        if (chain.filterName() == null) {
            return NO_FILTER;
        }
        if (chain.alarmName() == null) {
            return NO_ALARM;
        }
        return chain.topicArn() == null ? NO_ALARM_ACTION : NO_CONFIRMED_SUBSCRIBER;
    }
}
