package io.orgaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the seed's CLI steps into commands for one failing account: its region, log group, filter, metric, alarm and
 * topic filled in from the evidence, seed defaults where nothing exists yet, and steps already done left out.
 */
final class RemediationCommands {

    static final String DEFAULT_TOPIC = "orgaudit-security-alerts";
    static final String DEFAULT_ALARM = "UnauthorizedAPICalls";
    static final String DEFAULT_METRIC = "AuthorizationFailureCount";
    static final String DEFAULT_NAMESPACE = "CloudTrailMetrics";
    private static final Pattern REQUIRED_PATTERN = Pattern.compile("isFilterPatternEqual\\('(.*?)'\\)");
    private static final Pattern LOG_GROUP_ARN = Pattern.compile("^arn:[^:]+:logs:([^:]+):([^:]+):log-group:(.+?)(:\\*)?$");

    private RemediationCommands() {
    }

    static List<RemediationSteps.Step> forFinding(RuleInfo rule, FindingRow finding, List<String> runRegions) {
        Evidence evidence = finding.evidence();
        Target target = Target.of(finding, evidence, runRegions);
        List<RemediationSteps.Step> steps = new ArrayList<>();
        if (target.logGroup == null && rule.remediation() != null && rule.remediation().contains("NAME_OF_LOG_GROUP")) {
            steps.add(new RemediationSteps.Step("Send the trail's events to a CloudWatch Logs log group",
                    "aws cloudtrail update-trail --region " + target.region + " --name "
                            + (evidence != null && evidence.trailArn() != null ? evidence.trailArn() : "TRAIL_NAME")
                            + " --cloud-watch-logs-log-group-arn arn:aws:logs:" + target.region + ":" + finding.accountId()
                            + ":log-group:CloudTrail/DefaultLogGroup:* --cloud-watch-logs-role-arn CLOUDTRAIL_TO_CLOUDWATCH_ROLE_ARN"));
        }
        for (RemediationSteps.Step step : RemediationSteps.of(rule.remediation())) {
            if (alreadyDone(step.command(), evidence)) {
                continue;
            }
            steps.add(new RemediationSteps.Step(step.description(), fill(step.command(), rule, target)));
        }
        return steps;
    }

    /** A topic that exists need not be created; a topic with a confirmed subscriber need not be subscribed to. */
    private static boolean alreadyDone(String command, Evidence evidence) {
        if (evidence == null) {
            return false;
        }
        if (command.startsWith("aws sns create-topic")) {
            return evidence.topicArn() != null;
        }
        return command.startsWith("aws sns subscribe") && evidence.topicArn() != null && evidence.confirmedSubscribers() > 0;
    }

    private static String fill(String command, RuleInfo rule, Target target) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sns_topic_arn from step 2", target.topicArn);
        values.put("sns_topic_arn", target.topicArn);
        values.put("REGION_NAME", target.region);
        values.put("NAME_OF_LOG_GROUP", target.logGroup == null ? "CloudTrail/DefaultLogGroup" : shellWord(target.logGroup));
        values.put("ADD_FILTER_PATTERN", requiredPattern(rule));
        values.put("SNS_TOPIC_NAME", shellWord(target.topicName));
        values.put("PROTOCOL_FOR_SNS", "email");
        values.put("SNS_SUBSCRIPTION_ENDPOINT", "SECURITY_TEAM_EMAIL");
        values.put("UNAUTHORIZED_API_CALLS_ALARM", shellWord(target.alarm));
        values.put("UNAUTHORIZED_API_CALLS_METRIC", shellWord(target.metric));
        values.put("--filter-name AWSAuthorizationFailures", "--filter-name " + shellWord(target.filter));
        // the seed's filter and alarm disagree on the metric; use one metric so the alarm watches the filter's output
        values.put("metricName=AuthorizationFailureCount", "metricName=" + shellWord(target.metric));
        values.put("metricNamespace=CloudTrailMetrics", "metricNamespace=" + shellWord(target.namespace));
        values.put("--namespace CISBenchmark", "--namespace " + shellWord(target.namespace));
        String filled = command;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return withRegion(filled, target.region);
    }

    /** Every command runs in the account's region, also those the seed gives without --region. */
    private static String withRegion(String command, String region) {
        if (command.contains("--region ")) {
            return command;
        }
        String[] words = command.split(" ", 4);
        return words.length < 4 ? command + " --region " + region
                : words[0] + " " + words[1] + " " + words[2] + " --region " + region + " " + words[3];
    }

    static String requiredPattern(RuleInfo rule) {
        Matcher matcher = rule.gslLogic() == null ? null : REQUIRED_PATTERN.matcher(rule.gslLogic());
        return matcher != null && matcher.find() ? shellWord(matcher.group(1)) : "ADD_FILTER_PATTERN";
    }

    /** Single-quotes a value for a POSIX shell when it holds anything but plain name characters. */
    static String shellWord(String value) {
        if (value.matches("[A-Za-z0-9_./:@=,+-]+")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The names a fix uses: the account's own where they exist, else defaults. */
    private record Target(String region, String logGroup, String filter, String metric, String namespace, String alarm,
                          String topicName, String topicArn) {

        static Target of(FindingRow finding, Evidence evidence, List<String> runRegions) {
            Matcher logGroup = evidence == null || evidence.logGroupArn() == null ? null
                    : LOG_GROUP_ARN.matcher(evidence.logGroupArn());
            boolean hasLogGroup = logGroup != null && logGroup.matches();
            String region = hasLogGroup ? logGroup.group(1)
                    : evidence != null && evidence.trailHomeRegion() != null ? evidence.trailHomeRegion()
                    : runRegions.isEmpty() ? "REGION_NAME" : runRegions.get(0);
            String topicArn = evidence == null ? null : evidence.topicArn();
            String topicName = topicArn == null ? DEFAULT_TOPIC : topicArn.substring(topicArn.lastIndexOf(':') + 1);
            return new Target(region, hasLogGroup ? logGroup.group(3) : null,
                    orDefault(evidence == null ? null : evidence.filterName(), "AWSAuthorizationFailures"),
                    orDefault(evidence == null ? null : evidence.metricName(), DEFAULT_METRIC),
                    orDefault(evidence == null ? null : evidence.metricNamespace(), DEFAULT_NAMESPACE),
                    orDefault(evidence == null ? null : evidence.alarmName(), DEFAULT_ALARM), topicName,
                    topicArn != null ? topicArn : "arn:aws:sns:" + region + ":" + finding.accountId() + ":" + topicName);
        }

        private static String orDefault(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
