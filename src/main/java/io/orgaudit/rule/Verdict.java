package io.orgaudit.rule;

/**
 * The judgement of one rule on one account, with a reason a human can act on and the chain it is based on
 * (complete for a PASS, as far as it got for a FAIL, null when nothing was found).
 */
public record Verdict(String accountId, String ruleId, Status status, String reason, Chain chain,
                      io.orgaudit.access.Failure failure) {

    /** A verdict that no failed call explains (PASS, FAIL). */
    public Verdict(String accountId, String ruleId, Status status, String reason, Chain chain) {
        this(accountId, ruleId, status, reason, chain, null);
    }

    public enum Status { PASS, FAIL, ERROR }

    /** The links of the CloudTrail -> log group -> filter -> alarm -> topic chain; absent links are null. */
    public record Chain(String trailArn, String trailHomeRegion, boolean organizationTrail, String logGroupArn,
                        String filterName, String filterPattern, String metricName, String metricNamespace,
                        String alarmName, String topicArn, int confirmedSubscribers,
                        java.util.List<String> protocols, java.util.List<String> endpoints) {}
}
