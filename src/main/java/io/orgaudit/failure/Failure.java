package io.orgaudit.failure;

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
        /** A regional call refused because the account has not enabled (opted in to) that region. */
        REGION_DISABLED,
        /** Throttled after every retry. */
        THROTTLED,
        /** No answer in time, after retries. */
        TIMEOUT,
        /** The service or region answered with a server error after retries. */
        UNAVAILABLE,
        UNKNOWN
    }

    /** What an operator most likely has to do about it; the reason column says what happened. */
    public String hint() {
        return switch (kind) {
            case ROLE_NOT_ASSUMABLE -> code.startsWith("Expired") ? "The hub's own credentials expired; refresh them "
                    + "(IRSA and Pod Identity do this by themselves) and rerun."
                    : "The audit role is missing in this account, its trust policy does not trust the hub identity, "
                    + "the external id differs, or a service control policy denies sts:AssumeRole; deploy the role "
                    + "with k8s/iam/audit-role-stackset.yaml.";
            case ACCESS_DENIED -> "The audit role lacks " + operation + ", or a service control policy denies it; "
                    + "add it to the role's policy (k8s/iam/audit-role-policy.json) or exempt the role from the SCP.";
            case REGION_DISABLED -> "The region is not enabled in this account; leave orgaudit.regions empty to scan "
                    + "each account's enabled regions, or enable the region.";
            case NOT_FOUND -> "The resource named by other evidence does not exist; fix the reference.";
            case THROTTLED -> "AWS throttled the calls after every retry; rerun the failed accounts, or lower "
                    + "orgaudit.concurrency.";
            case TIMEOUT -> "No answer in time after retries; check the network path to AWS and rerun the failed "
                    + "accounts.";
            case UNAVAILABLE -> "AWS answered with a server error after retries (or the endpoint could not be "
                    + "reached); rerun the failed accounts.";
            case UNKNOWN -> "Unexpected error; rerun the failed accounts, and report it if it persists.";
        };
    }

    /** One line for a reason column: "logs:DescribeMetricFilters failed: AccessDeniedException (not authorized ...)". */
    public String describe() {
        return operation + " failed: " + code + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
