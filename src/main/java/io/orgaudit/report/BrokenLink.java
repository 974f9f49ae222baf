package io.orgaudit.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first link of the monitoring chain (trail, log group, metric filter, alarm, SNS action, confirmed subscriber)
 * that a FAIL finding lacks: where its remediation starts. The evidence shows how far the chain got; where two
 * breaks leave the same evidence (a topic that does not exist, or one without confirmed subscribers), the reason's
 * wording, as the rule evaluator writes it, tells them apart.
 */
enum BrokenLink {
    NO_TRAIL,
    TRAIL_NOT_MULTI_REGION,
    TRAIL_NOT_LOGGING,
    TRAIL_MISSING_MANAGEMENT_EVENTS,
    /** The trail does not send to CloudWatch Logs. */
    NO_LOG_GROUP,
    /** The trail sends to a log group that does not exist. */
    LOG_GROUP_MISSING,
    /** No metric filter equivalent to the required pattern. */
    NO_FILTER,
    NO_ALARM,
    ALARM_ACTIONS_DISABLED,
    /** The alarm notifies no SNS topic. */
    NO_ALARM_ACTION,
    /** The alarm notifies a topic that does not exist. */
    TOPIC_MISSING,
    NO_CONFIRMED_SUBSCRIBER,
    /** The evidence shows every link, yet the finding fails (evidence from another evaluator): fix from the filter on. */
    NOT_SHOWN;

    private static final Pattern NOT_MULTI_REGION = Pattern.compile("^trail \\S+ is not multi-region");
    private static final Pattern NOT_LOGGING = Pattern.compile("^trail \\S+ is not logging");
    private static final Pattern MANAGEMENT_EVENTS =
            Pattern.compile("^trail \\S+ does not record all read and write management events");
    private static final Pattern LOG_GROUP_DOES_NOT_EXIST = Pattern.compile("^trail \\S+ sends to log group .*, which does not exist");
    private static final Pattern ACTIONS_DISABLED = Pattern.compile("^alarm .+ has its actions disabled");
    private static final Pattern TOPIC_DOES_NOT_EXIST = Pattern.compile("^alarm .+ notifies SNS topic \\S+, which does not exist");
    private static final Pattern PENDING = Pattern.compile("has no confirmed subscription \\((\\d+) pending confirmation\\)");

    static BrokenLink of(FindingRow finding) {
        Evidence evidence = finding.evidence();
        String reason = finding.reason() == null ? "" : finding.reason();
        if (evidence == null || evidence.trailArn() == null) {
            return NO_TRAIL;
        }
        if (evidence.filterName() == null) {
            // the trail's own requirements are checked before its log group, so they leave no filter in the evidence
            if (NOT_MULTI_REGION.matcher(reason).find()) {
                return TRAIL_NOT_MULTI_REGION;
            }
            if (NOT_LOGGING.matcher(reason).find()) {
                return TRAIL_NOT_LOGGING;
            }
            if (MANAGEMENT_EVENTS.matcher(reason).find()) {
                return TRAIL_MISSING_MANAGEMENT_EVENTS;
            }
            if (evidence.logGroupArn() == null) {
                return NO_LOG_GROUP;
            }
            return LOG_GROUP_DOES_NOT_EXIST.matcher(reason).find() ? LOG_GROUP_MISSING : NO_FILTER;
        }
        if (evidence.alarmName() == null) {
            return NO_ALARM;
        }
        if (evidence.topicArn() == null) {
            return ACTIONS_DISABLED.matcher(reason).find() ? ALARM_ACTIONS_DISABLED : NO_ALARM_ACTION;
        }
        if (evidence.confirmedSubscribers() == 0) {
            return TOPIC_DOES_NOT_EXIST.matcher(reason).find() ? TOPIC_MISSING : NO_CONFIRMED_SUBSCRIBER;
        }
        return NOT_SHOWN;
    }

    /** Subscriptions waiting for confirmation, as the reason counts them; 0 when it does not say. */
    static int pendingSubscriptions(FindingRow finding) {
        Matcher pending = PENDING.matcher(finding.reason() == null ? "" : finding.reason());
        return pending.find() ? Integer.parseInt(pending.group(1)) : 0;
    }

    /** Whether the fix goes through the seed's steps from the metric filter on. */
    boolean needsFilter() {
        return switch (this) {
            case NO_TRAIL, NO_LOG_GROUP, LOG_GROUP_MISSING, NO_FILTER, NOT_SHOWN -> true;
            default -> false;
        };
    }

    /** Whether the trail's own settings break the chain: the links after the trail were not examined. */
    boolean isTrailSetting() {
        return this == TRAIL_NOT_MULTI_REGION || this == TRAIL_NOT_LOGGING || this == TRAIL_MISSING_MANAGEMENT_EVENTS;
    }
}
