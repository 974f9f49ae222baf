package io.orgaudit.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The seed's CLI commands with one account's names put in place of the seed's placeholders. */
final class SeedCommands {

    /** What a seed command makes. */
    enum Kind {
        FILTER, TOPIC, SUBSCRIPTION, ALARM, OTHER;

        static Kind of(String command) {
            if (command.startsWith("aws logs put-metric-filter")) {
                return FILTER;
            }
            if (command.startsWith("aws sns create-topic")) {
                return TOPIC;
            }
            if (command.startsWith("aws sns subscribe")) {
                return SUBSCRIPTION;
            }
            return command.startsWith("aws cloudwatch put-metric-alarm") ? ALARM : OTHER;
        }
    }

    private SeedCommands() {
    }

    static String fill(String command, Kind kind, RuleInfo rule, RemediationTarget target) {
        String region = kind == Kind.TOPIC || kind == Kind.SUBSCRIPTION ? target.topicRegion() : target.chainRegion();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sns_topic_arn from step 2", shellWord(target.topicArn()));
        values.put("sns_topic_arn", shellWord(target.topicArn()));
        values.put("REGION_NAME", region);
        values.put("NAME_OF_LOG_GROUP", shellWord(target.logGroup()));
        values.put("ADD_FILTER_PATTERN", requiredPattern(rule));
        values.put("SNS_TOPIC_NAME", shellWord(target.topicName()));
        values.put("PROTOCOL_FOR_SNS", "email");
        values.put("SNS_SUBSCRIPTION_ENDPOINT", "SECURITY_TEAM_EMAIL");
        values.put("UNAUTHORIZED_API_CALLS_ALARM", shellWord(target.alarm()));
        values.put("UNAUTHORIZED_API_CALLS_METRIC", shellWord(target.metric()));
        values.put("--filter-name AWSAuthorizationFailures", "--filter-name " + shellWord(target.filter()));
        // the placeholders of the family's rule files, beside the seed's own
        values.put("--filter-name FILTER_NAME", "--filter-name " + shellWord(target.filter()));
        values.put("--alarm-name ALARM_NAME", "--alarm-name " + shellWord(target.alarm()));
        values.put("--metric-name METRIC_NAME", "--metric-name " + shellWord(target.metric()));
        values.put("metricName=METRIC_NAME", "metricName=" + shellWord(target.metric()));
        values.put("metricNamespace=CISBenchmark", "metricNamespace=" + shellWord(target.namespace()));
        // the seed's filter and alarm disagree on the metric; use one metric so the alarm watches the filter's output
        values.put("metricName=AuthorizationFailureCount", "metricName=" + shellWord(target.metric()));
        values.put("metricNamespace=CloudTrailMetrics", "metricNamespace=" + shellWord(target.namespace()));
        values.put("--namespace CISBenchmark", "--namespace " + shellWord(target.namespace()));
        String filled = command;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return withRegion(filled, region);
    }

    /** Every command runs in a region, also those the seed gives without --region. */
    private static String withRegion(String command, String region) {
        if (command.contains("--region ")) {
            return command;
        }
        String[] words = command.split(" ", 4);
        return words.length < 4 ? command + " --region " + region
                : words[0] + " " + words[1] + " " + words[2] + " --region " + region + " " + words[3];
    }

    static String requiredPattern(RuleInfo rule) {
        return rule.referencePattern() == null ? "ADD_FILTER_PATTERN" : shellWord(rule.referencePattern());
    }

    /** Single-quotes a value for a POSIX shell when it holds anything but plain name characters. */
    static String shellWord(String value) {
        if (isPlainWord(value)) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * [A-Za-z0-9_./:@=,+-]+, as a loop: a workbook quotes about a hundred values per failing account and rule, and
     * a regular expression's matcher per value was a tenth of writing the Remediation sheet.
     */
    private static boolean isPlainWord(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "_./:@=,+-".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
