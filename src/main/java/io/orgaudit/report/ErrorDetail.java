package io.orgaudit.report;

/**
 * Why an account could not be evaluated, as the collector classified it: the failed call (the IAM action, e.g.
 * {@code logs:DescribeMetricFilters}), the AWS error code, and what to do.
 */
public record ErrorDetail(String failedCall, String errorCode, String hint) {}
