package io.orgaudit.evidence;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * A CloudWatch Logs log group and its metric filters, collected once per run however many trails point at it.
 *
 * @param failure   null when read; NOT_FOUND when the log group does not exist; otherwise why it could not be read
 * @param elsewhere filters some selected rule asks for that sit on other log groups of the same account and region,
 *                  read only when this log group lacks a filter some rule asks for: "log group B, which no trail
 *                  sends to, has an equivalent filter" is the likeliest fix. Empty when not read or none found.
 */
public record LogGroupEvidence(String arn, String accountId, String region, String name,
                               List<MetricFilterEvidence> filters, Failure failure, List<FilterElsewhere> elsewhere) {

    public LogGroupEvidence {
        // Evidence stored before this field existed reads back without it.
        elsewhere = elsewhere == null ? List.of() : List.copyOf(elsewhere);
    }

    public LogGroupEvidence(String arn, String accountId, String region, String name,
                            List<MetricFilterEvidence> filters, Failure failure) {
        this(arn, accountId, region, name, filters, failure, List.of());
    }

    /** A metric filter on another log group of the same account and region. */
    public record FilterElsewhere(String logGroupName, String filterName, String pattern) {}
}
