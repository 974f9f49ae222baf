package io.orgaudit.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/** Describes one CloudWatch metric alarm; from {@link AccountBuilder#alarm}. */
public final class AlarmBuilder {

    private final String name;
    private final String region;
    private String metricName;
    private String namespace;
    private boolean actionsEnabled = true;
    private final List<String> actions = new ArrayList<>();
    private String statistic = "Sum";
    private int period = 300;
    private double threshold = 1;
    private String comparisonOperator = "GreaterThanOrEqualToThreshold";
    private int evaluationPeriods = 1;
    private String state = "OK";

    AlarmBuilder(String name, String region) {
        this.name = Check.notBlank("name", name);
        this.region = Check.region("region", region);
    }

    public AlarmBuilder metric(String metricName, String namespace) {
        this.metricName = Check.notBlank("metricName", metricName);
        this.namespace = Check.notBlank("namespace", namespace);
        return this;
    }

    /** Default true. */
    public AlarmBuilder actionsEnabled(boolean actionsEnabled) {
        this.actionsEnabled = actionsEnabled;
        return this;
    }

    /** An alarm action: an ARN, or the name of an SNS topic in the alarm's own account and region. */
    public AlarmBuilder action(String topicNameOrArn) {
        actions.add(Check.notBlank("actions[" + actions.size() + "]", topicNameOrArn));
        return this;
    }

    public AlarmBuilder statistic(String statistic) {
        this.statistic = Check.notBlank("statistic", statistic);
        return this;
    }

    public AlarmBuilder period(int seconds) {
        this.period = Check.positive("period", seconds);
        return this;
    }

    public AlarmBuilder threshold(double threshold) {
        this.threshold = threshold;
        return this;
    }

    public AlarmBuilder comparisonOperator(String comparisonOperator) {
        this.comparisonOperator = Check.notBlank("comparisonOperator", comparisonOperator);
        return this;
    }

    public AlarmBuilder evaluationPeriods(int evaluationPeriods) {
        this.evaluationPeriods = Check.positive("evaluationPeriods", evaluationPeriods);
        return this;
    }

    /** OK (default), ALARM or INSUFFICIENT_DATA. */
    public AlarmBuilder state(String state) {
        if (!List.of("OK", "ALARM", "INSUFFICIENT_DATA").contains(state)) {
            throw new ScenarioException("state", "'" + state + "' is not an alarm state (OK, ALARM, INSUFFICIENT_DATA)");
        }
        this.state = state;
        return this;
    }

    SimAlarm build(String accountId) {
        if (metricName == null) {
            throw new ScenarioException("metricName", "must be given");
        }
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String action = actions.get(i);
            if (action.startsWith("arn:")) {
                if (action.startsWith("arn:aws:sns:") && !action.matches("arn:aws:sns:[a-z0-9-]+:\\d{12}:[^:]+")) {
                    throw new ScenarioException("actions[" + i + "]", "'" + action + "' is not an SNS topic ARN");
                }
                arns.add(action);
            } else {
                arns.add(new SimTopic(action, region, List.of()).arn(accountId));
            }
        }
        return new SimAlarm(name, region, metricName, namespace, actionsEnabled, arns, statistic, period, threshold,
                comparisonOperator, evaluationPeriods, state);
    }
}
