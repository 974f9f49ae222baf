package io.orgaudit.report;

import static io.orgaudit.report.SeedCommands.shellWord;

import io.orgaudit.rule.BrokenLink;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps the seed's remediation does not have, for links before its metric filter (trail, log group) and for the
 * breaks it does not foresee (alarm actions disabled, a subscription never confirmed). Words in capitals are left
 * for the reader to fill in, as in the seed.
 */
final class ChainFixes {

    static final String ROLE_PLACEHOLDER = "CLOUDTRAIL_TO_CLOUDWATCH_ROLE_ARN";

    private ChainFixes() {
    }

    /** What comes before the seed's steps for this break. */
    static List<RemediationSteps.Step> before(BrokenLink link, RemediationTarget target, int pendingSubscriptions) {
        List<RemediationSteps.Step> steps = new ArrayList<>();
        String trail = target.trail() == null ? "TRAIL_NAME" : shellWord(target.trail());
        String trailRegion = " --region " + target.trailRegion();
        String onTrail = target.inAccount(target.trailAccount());
        switch (link) {
            case NO_TRAIL -> {
                steps.add(createDefaultLogGroup(target));
                steps.add(step("Create a multi-region trail that sends its events to log group "
                        + RemediationTarget.DEFAULT_LOG_GROUP + " (S3_BUCKET_NAME: a bucket that lets CloudTrail write to "
                        + "it; " + ROLE_PLACEHOLDER + ": a role CloudTrail assumes to write to the log group)" + onTrail,
                        "aws cloudtrail create-trail" + trailRegion + " --name TRAIL_NAME --s3-bucket-name S3_BUCKET_NAME"
                                + " --is-multi-region-trail --cloud-watch-logs-log-group-arn " + target.defaultLogGroupArn()
                                + " --cloud-watch-logs-role-arn " + ROLE_PLACEHOLDER));
                steps.add(step("Start logging on the new trail" + onTrail,
                        "aws cloudtrail start-logging" + trailRegion + " --name TRAIL_NAME"));
            }
            case NO_LOG_GROUP -> {
                steps.add(createDefaultLogGroup(target));
                steps.add(step("Make trail " + trailName(target) + " send its events to log group "
                        + RemediationTarget.DEFAULT_LOG_GROUP + " (" + ROLE_PLACEHOLDER
                        + ": a role CloudTrail assumes to write to the log group)" + onTrail,
                        "aws cloudtrail update-trail" + trailRegion + " --name " + trail
                                + " --cloud-watch-logs-log-group-arn " + target.defaultLogGroupArn()
                                + " --cloud-watch-logs-role-arn " + ROLE_PLACEHOLDER));
            }
            case LOG_GROUP_MISSING -> steps.add(step("Create log group " + target.logGroup() + ": trail "
                    + trailName(target) + " sends its events there, but it does not exist"
                    + target.inAccount(target.chainAccount()),
                    "aws logs create-log-group --region " + target.chainRegion() + " --log-group-name "
                            + shellWord(target.logGroup())));
            case TRAIL_NOT_MULTI_REGION -> steps.add(step("Make trail " + trailName(target)
                    + " record the events of every region" + onTrail,
                    "aws cloudtrail update-trail" + trailRegion + " --name " + trail + " --is-multi-region-trail"));
            case TRAIL_NOT_LOGGING -> steps.add(step("Start logging on trail " + trailName(target) + onTrail,
                    "aws cloudtrail start-logging" + trailRegion + " --name " + trail));
            case TRAIL_MISSING_MANAGEMENT_EVENTS -> steps.add(step("Make trail " + trailName(target)
                    + " record all read and write management events (this replaces its event selectors: add any data "
                    + "events it should keep recording)" + onTrail,
                    "aws cloudtrail put-event-selectors" + trailRegion + " --trail-name " + trail + " --event-selectors "
                            + shellWord("[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]")));
            case ALARM_ACTIONS_DISABLED -> steps.add(step("Enable the actions of alarm " + target.alarm()
                    + target.inAccount(target.chainAccount()),
                    "aws cloudwatch enable-alarm-actions --region " + target.chainRegion() + " --alarm-names "
                            + shellWord(target.alarm())));
            case NO_CONFIRMED_SUBSCRIBER -> {
                if (pendingSubscriptions > 0) {
                    steps.add(step("Confirm the subscription to SNS topic " + target.topicName()
                            + " that is pending confirmation: follow the link in the confirmation message sent to its "
                            + "endpoint, or run this with the token from that message"
                            + target.inAccount(target.topicAccount()),
                            "aws sns confirm-subscription --region " + target.topicRegion() + " --topic-arn "
                                    + shellWord(target.topicArn()) + " --token TOKEN_FROM_CONFIRMATION_MESSAGE"));
                }
            }
            default -> {
            }
        }
        return steps;
    }

    /** What comes after: when the break hid the links behind it, a second run checks them. */
    static List<RemediationSteps.Step> after(BrokenLink link) {
        if (link.isTrailSetting()) {
            return List.of(step("Run orgaudit again: the trail's log group, filter, alarm and topic are checked once "
                    + "the trail meets this requirement", ""));
        }
        if (link == BrokenLink.ALARM_ACTIONS_DISABLED) {
            return List.of(step("Run orgaudit again: the alarm's SNS topic and its subscribers are checked once its "
                    + "actions are enabled", ""));
        }
        return List.of();
    }

    private static RemediationSteps.Step createDefaultLogGroup(RemediationTarget target) {
        return step("Create a CloudWatch Logs log group for the trail's events" + target.inAccount(target.chainAccount()),
                "aws logs create-log-group --region " + target.chainRegion() + " --log-group-name "
                        + RemediationTarget.DEFAULT_LOG_GROUP);
    }

    private static String trailName(RemediationTarget target) {
        return target.trail().substring(target.trail().lastIndexOf('/') + 1);
    }

    private static RemediationSteps.Step step(String description, String command) {
        return new RemediationSteps.Step(description, command);
    }
}
