package io.orgaudit.report;

import java.util.List;

/**
 * What the evaluator found in an account for a rule. Every field may be null when that part does not exist.
 * Endpoints are raw; the report masks them.
 */
public record Evidence(String trailArn, String trailHomeRegion, boolean organizationTrail, String logGroupArn,
                       String filterName, String filterPattern, String metricName, String metricNamespace,
                       String alarmName, String topicArn, int confirmedSubscribers, List<String> protocols,
                       List<String> endpoints) {

    public Evidence {
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    }
}
