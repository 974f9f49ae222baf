package io.orgaudit.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgaudit.rule.Verdict;

/**
 * Where and on what a fix for one failing account acts: the account's own names, regions and accounts where the
 * evidence shows them, else defaults. An organization trail's log group, or a topic, may belong to another account:
 * the steps on it run there.
 */
record RemediationTarget(String partition, String findingAccount, String trail, String trailRegion, String trailAccount,
                         String logGroup, String chainRegion, String chainAccount, String filter, String metric,
                         String namespace, String alarm, String topicName, String topicArn, String topicRegion,
                         String topicAccount) {

    /** The seed's placeholder, for a region the evidence does not give. */
    static final String UNKNOWN_REGION = "REGION_NAME";
    static final String DEFAULT_LOG_GROUP = "CloudTrail/DefaultLogGroup";
    static final String DEFAULT_FILTER = "AWSAuthorizationFailures";
    static final String DEFAULT_TOPIC = "orgaudit-security-alerts";
    static final String DEFAULT_ALARM = "UnauthorizedAPICalls";
    static final String DEFAULT_METRIC = "AuthorizationFailureCount";
    static final String DEFAULT_NAMESPACE = "CloudTrailMetrics";
    /** us-east-1, eu-central-2, us-gov-west-1, cn-north-1, eusc-de-east-1, ... */
    private static final Pattern REGION_NAME = Pattern.compile("^[a-z]{2,4}(-[a-z]+)+-\\d+$");
    private static final Pattern ARN = Pattern.compile("^arn:([^:]+):([^:]+):([^:]*):([^:]*):(.+)$");

    /** @param names the rule's defaults for what does not exist yet (filterName, metricName, ...), or none */
    static RemediationTarget of(FindingRow finding, java.util.Map<String, String> names, List<String> runRegions) {
        Verdict.Chain evidence = finding.chain() != null ? finding.chain()
                : new Verdict.Chain(null, null, false, null, null, null, null, null, null, null, 0, 0, null, null);
        Matcher trail = arn(evidence.trailArn());
        Matcher logGroup = arn(evidence.logGroupArn());
        Matcher topic = arn(evidence.topicArn());
        String partition = trail != null ? trail.group(1) : logGroup != null ? logGroup.group(1) : "aws";

        // A run over several regions does not say which one an account without a trail should use.
        String runRegion = runRegions.size() == 1 && isRegionName(runRegions.get(0)) ? runRegions.get(0) : UNKNOWN_REGION;
        String trailRegion = firstRegion(evidence.trailHomeRegion(), trail == null ? null : trail.group(3), runRegion);
        String trailAccount = trail != null ? trail.group(4) : finding.accountId();
        String chainRegion = firstRegion(logGroup == null ? null : logGroup.group(3), trailRegion, trailRegion);
        String chainAccount = logGroup != null ? logGroup.group(4) : trailAccount;
        String topicRegion = firstRegion(topic == null ? null : topic.group(3), chainRegion, chainRegion);
        String topicAccount = topic != null ? topic.group(4) : chainAccount;
        String topicName = topic != null ? topic.group(5) : DEFAULT_TOPIC;
        String topicArn = evidence.topicArn() != null ? evidence.topicArn()
                : "arn:" + partition + ":sns:" + topicRegion + ":" + topicAccount + ":" + topicName;

        return new RemediationTarget(partition, finding.accountId(), evidence.trailArn(), trailRegion, trailAccount,
                logGroup == null ? DEFAULT_LOG_GROUP : logGroupName(logGroup.group(5)), chainRegion, chainAccount,
                orDefault(evidence.filterName(), names.getOrDefault("filterName", DEFAULT_FILTER)),
                orDefault(evidence.metricName(), names.getOrDefault("metricName", DEFAULT_METRIC)),
                orDefault(evidence.metricNamespace(), names.getOrDefault("metricNamespace", DEFAULT_NAMESPACE)),
                orDefault(evidence.alarmName(), names.getOrDefault("alarmName", DEFAULT_ALARM)),
                topicName, topicArn, topicRegion, topicAccount);
    }

    static boolean isRegionName(String value) {
        return value != null && REGION_NAME.matcher(value).matches();
    }

    /** The ARN CloudTrail takes for the default log group, in the trail's region and account. */
    String defaultLogGroupArn() {
        return "arn:" + partition + ":logs:" + chainRegion + ":" + chainAccount + ":log-group:" + DEFAULT_LOG_GROUP + ":*";
    }

    /** " (in account N)" when a step acts on another account than the failing one, else "". */
    String inAccount(String account) {
        return account.equals(findingAccount) ? "" : " (in account " + account + ")";
    }

    private static Matcher arn(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = ARN.matcher(value);
        return matcher.matches() ? matcher : null;
    }

    /** "log-group:NAME:*" or "log-group:NAME" to NAME. */
    private static String logGroupName(String resource) {
        String name = resource.startsWith("log-group:") ? resource.substring("log-group:".length()) : resource;
        return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
    }

    private static String firstRegion(String candidate, String second, String fallback) {
        if (isRegionName(candidate)) {
            return candidate;
        }
        return isRegionName(second) ? second : fallback;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
