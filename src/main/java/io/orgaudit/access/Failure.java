package io.orgaudit.access;

/**
 * A call that did not return data, classified so a verdict can say why and what to do.
 *
 * @param operation the AWS operation, e.g. "sts:AssumeRole" or "logs:DescribeMetricFilters"
 * @param code      the AWS error code (AccessDenied, ResourceNotFoundException, ...) or a client-side code
 */
public record Failure(Kind kind, String operation, String code, String message) {

    public enum Kind {
        /** The audit role in the account could not be assumed: missing role, trust policy, external id, SCP. */
        ROLE_NOT_ASSUMABLE,
        /** The role was assumed but lacks a read permission (or an SCP denies it). */
        ACCESS_DENIED,
        /** The resource named by other evidence does not exist (a log group a trail points at, a deleted topic). */
        NOT_FOUND,
        /** Throttled after every retry. */
        THROTTLED,
        /** No answer in time, after retries. */
        TIMEOUT,
        /** The service or region answered with a server error after retries. */
        UNAVAILABLE,
        UNKNOWN
    }

    /** One line for a reason column: "logs:DescribeMetricFilters failed: AccessDeniedException (not authorized ...)". */
    public String describe() {
        return operation + " failed: " + code + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
