package io.orgaudit.evidence;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * A CloudWatch Logs log group and its metric filters, collected once per run however many trails point at it.
 *
 * @param failure null when read; NOT_FOUND when the log group does not exist; otherwise why it could not be read
 */
public record LogGroupEvidence(String arn, String accountId, String region, String name,
                               List<MetricFilterEvidence> filters, Failure failure) {}
