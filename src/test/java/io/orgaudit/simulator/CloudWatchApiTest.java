package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

import io.orgaudit.simulator.scenario.Scenario;

class CloudWatchApiTest {

    private static SimulatedAws sim;
    private static SdkClients sdk;

    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .account("111111111111", a -> a
                        .alarm("unauthorized", "us-east-1", al -> al.metric("UnauthorizedAPICalls", "CISBenchmark")
                                .action("security-alerts").action("arn:aws:sns:us-east-1:222222222222:central"))
                        .alarm("muted", "us-east-1", al -> al.metric("UnauthorizedAPICalls", "CISBenchmark")
                                .actionsEnabled(false).state("ALARM"))
                        .alarm("other", "us-east-1", al -> al.metric("RootUsage", "CISBenchmark"))
                        .alarm("west", "us-west-2", al -> al.metric("UnauthorizedAPICalls", "CISBenchmark")))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void returnsTheAlarmsOnTheMetricInTheCallersRegionWithTheirActions() {
        try (CloudWatchClient cloudWatch = sdk.cloudWatch(sdk.hub(), Region.US_EAST_1)) {
            var alarms = cloudWatch.describeAlarmsForMetric(r -> r.metricName("UnauthorizedAPICalls").namespace("CISBenchmark"))
                    .metricAlarms();
            assertThat(alarms).extracting(MetricAlarm::alarmName).containsExactly("unauthorized", "muted");
            MetricAlarm alarm = alarms.get(0);
            assertThat(alarm.alarmArn()).isEqualTo("arn:aws:cloudwatch:us-east-1:111111111111:alarm:unauthorized");
            assertThat(alarm.actionsEnabled()).isTrue();
            assertThat(alarm.alarmActions()).containsExactly("arn:aws:sns:us-east-1:111111111111:security-alerts",
                    "arn:aws:sns:us-east-1:222222222222:central");
            assertThat(alarm.okActions()).isEmpty();
            assertThat(alarm.metricName()).isEqualTo("UnauthorizedAPICalls");
            assertThat(alarm.namespace()).isEqualTo("CISBenchmark");
            assertThat(alarm.statistic()).isEqualTo(Statistic.SUM);
            assertThat(alarm.period()).isEqualTo(300);
            assertThat(alarm.threshold()).isEqualTo(1.0);
            assertThat(alarm.evaluationPeriods()).isEqualTo(1);
            assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
            assertThat(alarm.stateValue()).isEqualTo(StateValue.OK);
            assertThat(alarms.get(1).actionsEnabled()).isFalse();
            assertThat(alarms.get(1).alarmActions()).isEmpty();
            assertThat(alarms.get(1).stateValue()).isEqualTo(StateValue.ALARM);
        }
    }

    @Test
    void otherAccountsAndRegionsSeeNone() {
        try (CloudWatchClient member = sdk.cloudWatch(sdk.assume("111111111111"), Region.EU_WEST_1);
             CloudWatchClient west = sdk.cloudWatch(sdk.hub(), Region.US_WEST_2)) {
            assertThat(member.describeAlarmsForMetric(r -> r.metricName("UnauthorizedAPICalls").namespace("CISBenchmark"))
                    .metricAlarms()).isEmpty();
            assertThat(west.describeAlarmsForMetric(r -> r.metricName("UnauthorizedAPICalls").namespace("CISBenchmark"))
                    .metricAlarms()).extracting(MetricAlarm::alarmName).containsExactly("west");
        }
    }

    @Test
    void missingMetricNameIsMissingParameter() {
        try (CloudWatchClient cloudWatch = sdk.cloudWatch(sdk.hub(), Region.US_EAST_1)) {
            assertThat(AwsErrors.codeOf(() -> cloudWatch.describeAlarmsForMetric(r -> r.namespace("CISBenchmark"))))
                    .isEqualTo("MissingParameter");
        }
    }
}
