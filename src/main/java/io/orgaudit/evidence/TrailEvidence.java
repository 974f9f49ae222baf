package io.orgaudit.evidence;

import io.orgaudit.failure.Failure;

/**
 * A trail as one account sees it, with its settings (read in the trail's home region) and the log group it sends
 * to (read in the account and region the trail's CloudWatchLogsLogGroupArn names).
 *
 * @param logGroupArn   null when the trail does not send to CloudWatch Logs
 * @param settings      null when they could not be read ({@code settingsFailure} says why) or were not asked for
 *                      (no selected rule needs them under the run's profile; {@code settingsFailure} is null too)
 * @param logGroup      null when {@code logGroupArn} is null
 */
public record TrailEvidence(String arn, String name, String ownerAccountId, String homeRegion, boolean multiRegion,
                            boolean organizationTrail, String logGroupArn, TrailSettings settings,
                            Failure settingsFailure, LogGroupEvidence logGroup) {}
