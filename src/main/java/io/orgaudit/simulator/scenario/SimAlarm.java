package io.orgaudit.simulator.scenario;

import java.util.List;

/**
 * A CloudWatch metric alarm. {@code alarmActions} are ARNs (SNS topic names given to the builder are
 * resolved to the topic in the alarm's own account and region).
 */
public record SimAlarm(String name, String region, String metricName, String namespace, boolean actionsEnabled,
                       List<String> alarmActions, String statistic, int period, double threshold,
                       String comparisonOperator, int evaluationPeriods, String state) {

    public SimAlarm {
        alarmActions = List.copyOf(alarmActions);
    }

    public String arn(String accountId) {
        return "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + name;
    }
}
