package io.orgaudit.simulator.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.orgaudit.simulator.protocol.ApiRequest;
import io.orgaudit.simulator.protocol.ErrorDialect;
import io.orgaudit.simulator.protocol.QueryApi;
import io.orgaudit.simulator.protocol.Xml;
import io.orgaudit.simulator.scenario.SimAlarm;

/** Amazon CloudWatch (query protocol at SDK 2.40.2): DescribeAlarmsForMetric in the caller's account and region. */
final class CloudWatchApi implements QueryApi {

    static final ErrorDialect ERRORS = ErrorDialect.query("AccessDenied", "InvalidParameterValue", "MissingParameter");
    private static final Instant CONFIGURED = Instant.parse("2023-05-02T08:35:00Z");

    @Override
    public void call(ApiRequest request, Xml result) {
        if (!request.operation().equals("DescribeAlarmsForMetric")) {
            throw request.errors().unknownOperation(request.operation());
        }
        String metricName = request.required("MetricName");
        String namespace = request.required("Namespace");
        Optional<String> statistic = request.optional("Statistic");
        Optional<Integer> period = request.integer("Period");
        List<SimAlarm> alarms = request.account().alarms().stream()
                .filter(alarm -> alarm.region().equals(request.region()))
                .filter(alarm -> alarm.metricName().equals(metricName) && alarm.namespace().equals(namespace))
                .filter(alarm -> statistic.map(alarm.statistic()::equals).orElse(true))
                .filter(alarm -> period.map(p -> p == alarm.period()).orElse(true))
                .toList();
        result.open("MetricAlarms");
        alarms.forEach(alarm -> write(alarm, request.accountId(), result));
        result.close("MetricAlarms");
    }

    private static void write(SimAlarm alarm, String accountId, Xml xml) {
        xml.open("member")
                .leaf("AlarmName", alarm.name())
                .leaf("AlarmArn", alarm.arn(accountId))
                .leaf("AlarmConfigurationUpdatedTimestamp", CONFIGURED)
                .leaf("ActionsEnabled", alarm.actionsEnabled())
                .members("OKActions", List.of())
                .members("AlarmActions", alarm.alarmActions())
                .members("InsufficientDataActions", List.of())
                .leaf("StateValue", alarm.state())
                .leaf("StateReason", "Threshold Crossed: no datapoints were received for 1 period.")
                .leaf("StateUpdatedTimestamp", CONFIGURED)
                .leaf("MetricName", alarm.metricName())
                .leaf("Namespace", alarm.namespace())
                .leaf("Statistic", alarm.statistic())
                .members("Dimensions", List.of())
                .leaf("Period", alarm.period())
                .leaf("EvaluationPeriods", alarm.evaluationPeriods())
                .leaf("Threshold", alarm.threshold())
                .leaf("ComparisonOperator", alarm.comparisonOperator())
                .leaf("TreatMissingData", "notBreaching")
                .close("member");
    }
}
