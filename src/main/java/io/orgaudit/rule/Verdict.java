package io.orgaudit.rule;

import java.util.List;

import io.orgaudit.failure.Failure;

/**
 * The judgement of one rule on one account: the status, a reason a human can act on, the chain it is based on
 * (complete for a PASS, as far as it got for a FAIL, null when nothing was found), where a FAIL's chain breaks (null
 * for a PASS or an ERROR), and the failed call behind an ERROR (null when no call explains it).
 */
public record Verdict(String accountId, String ruleId, Status status, String reason, Chain chain,
                      BrokenLink brokenLink, Failure failure) {

    public static Verdict pass(String accountId, String ruleId, String reason, Chain chain) {
        return new Verdict(accountId, ruleId, Status.PASS, reason, chain, null, null);
    }

    public static Verdict fail(String accountId, String ruleId, String reason, Chain chain, BrokenLink brokenLink) {
        return new Verdict(accountId, ruleId, Status.FAIL, reason, chain, brokenLink, null);
    }

    public static Verdict error(String accountId, String ruleId, String reason, Chain chain, Failure failure) {
        return new Verdict(accountId, ruleId, Status.ERROR, reason, chain, null, failure);
    }

    public enum Status { PASS, FAIL, ERROR }

    /**
     * The resources of the CloudTrail -> log group -> filter -> alarm -> topic chain; absent links are null.
     *
     * @param pendingSubscribers the topic's subscriptions still waiting for confirmation (they do not count)
     */
    public record Chain(String trailArn, String trailHomeRegion, boolean organizationTrail, String logGroupArn,
                        String filterName, String filterPattern, String metricName, String metricNamespace,
                        String alarmName, String topicArn, int confirmedSubscribers, int pendingSubscribers,
                        List<String> protocols, List<String> endpoints) {

        public Chain {
            protocols = protocols == null ? List.of() : List.copyOf(protocols);
            endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        }
    }
}
