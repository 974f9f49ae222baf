package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sts.StsClient;

import io.orgaudit.simulator.scenario.Scenario;
import io.orgaudit.simulator.server.CallLog;

class FaultsTest {

    private SimulatedAws sim;
    private SdkClients sdk;

    @BeforeEach
    void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .account("111111111111", a -> a
                        .logGroup("trail-logs", "us-east-1", g -> g.metricFilter("f", "{ $.x = 1 }", "M", "N"))
                        .topic("alerts", "us-east-1", t -> t.confirmed("email", "soc@example.com")))
                .account("222222222222", a -> a.logGroup("trail-logs", "us-east-1", g -> g.metricFilter("f", "", "M", "N")))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterEach
    void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void throttlingOfAJsonServiceIsRetriedByTheSdkUntilItSucceeds() {
        sim.faults().throttle("DescribeMetricFilters", 2);
        try (CloudWatchLogsClient logs = sdk.logs(sdk.hub(), Region.US_EAST_1)) {
            assertThat(logs.describeMetricFilters(r -> r.logGroupName("trail-logs")).metricFilters()).hasSize(1);
        }
        assertThat(sim.calls().count("DescribeMetricFilters")).isEqualTo(3);
        assertThat(sim.calls().count("DescribeMetricFilters", "111111111111")).isEqualTo(3);
    }

    @Test
    void throttlingIsRetriedForEveryProtocol() {
        sim.faults().throttle("ListAccounts", 1).throttle("AssumeRole", 1).throttle("DescribeAlarmsForMetric", 1)
                .throttle("ListSubscriptionsByTopic", 1).throttle("ListRegions", 1);
        try (OrganizationsClient organizations = sdk.organizations(sdk.hub());
             CloudWatchClient cloudWatch = sdk.cloudWatch(sdk.hub(), Region.US_EAST_1);
             SnsClient sns = sdk.sns(sdk.hub(), Region.US_EAST_1);
             AccountClient account = sdk.account(sdk.hub())) {
            assertThat(organizations.listAccounts().accounts()).hasSize(2);
            sdk.assume("222222222222");
            cloudWatch.describeAlarmsForMetric(r -> r.metricName("M").namespace("N"));
            assertThat(sns.listSubscriptionsByTopic(r -> r.topicArn("arn:aws:sns:us-east-1:111111111111:alerts"))
                    .subscriptions()).hasSize(1);
            assertThat(account.listRegions(r -> r.maxResults(50)).regions()).isNotEmpty();
        }
        for (String operation : List.of("ListAccounts", "AssumeRole", "DescribeAlarmsForMetric", "ListSubscriptionsByTopic",
                "ListRegions")) {
            assertThat(sim.calls().count(operation)).as(operation).isEqualTo(2);
        }
    }

    @Test
    void throttlingBeyondTheSdkRetriesSurfacesTheAwsErrorCode() {
        sim.faults().throttle("ListAccounts", 100);
        try (OrganizationsClient organizations = sdk.organizations(sdk.hub())) {
            assertThat(AwsErrors.codeOf(organizations::listAccounts)).isEqualTo("TooManyRequestsException");
        }
        assertThat(sim.calls().count("ListAccounts")).isGreaterThan(1);
    }

    @Test
    void aFailingRegionAnswersServiceUnavailableAfterRetriesWhileOtherRegionsWork() {
        sim.faults().failRegion("us-east-1");
        try (CloudWatchLogsClient failing = sdk.logs(sdk.hub(), Region.US_EAST_1);
             CloudWatchLogsClient healthy = sdk.logs(sdk.hub(), Region.US_WEST_2)) {
            SdkServiceException e = catchThrowableOfType(SdkServiceException.class,
                    () -> failing.describeMetricFilters(r -> r.logGroupName("trail-logs")));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(sim.calls().count("DescribeMetricFilters")).as("the SDK retried").isGreaterThan(1);
            assertThat(healthy.describeMetricFilters().metricFilters()).isEmpty();
            sim.faults().restoreRegion("us-east-1");
            assertThat(failing.describeMetricFilters(r -> r.logGroupName("trail-logs")).metricFilters()).hasSize(1);
        }
    }

    @Test
    void aDeniedOperationIsAccessDeniedForThatAccountOnly() {
        sim.faults().denyOperation("222222222222", "DescribeMetricFilters").denyOperation("111111111111", "DescribeAlarmsForMetric");
        try (CloudWatchLogsClient member = sdk.logs(sdk.assume("222222222222"), Region.US_EAST_1);
             CloudWatchLogsClient hub = sdk.logs(sdk.hub(), Region.US_EAST_1);
             CloudWatchClient cloudWatch = sdk.cloudWatch(sdk.hub(), Region.US_EAST_1)) {
            var denied = AwsErrors.errorOf(() -> member.describeMetricFilters(r -> r.logGroupName("trail-logs")));
            assertThat(denied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
            assertThat(denied.awsErrorDetails().errorMessage()).contains("logs:DescribeMetricFilters");
            assertThat(hub.describeMetricFilters(r -> r.logGroupName("trail-logs")).metricFilters()).hasSize(1);
            assertThat(AwsErrors.codeOf(() -> cloudWatch.describeAlarmsForMetric(r -> r.metricName("M").namespace("N"))))
                    .isEqualTo("AccessDenied");
            sim.faults().clear();
            assertThat(member.describeMetricFilters(r -> r.logGroupName("trail-logs")).metricFilters()).hasSize(1);
        }
    }

    @Test
    void latencyDelaysEveryCall() {
        sim.faults().latency(Duration.ofMillis(300));
        try (StsClient sts = sdk.sts(sdk.hub())) {
            long started = System.nanoTime();
            sts.getCallerIdentity();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void answersManyRequestsConcurrently() throws Exception {
        sim.faults().latency(Duration.ofMillis(200));
        ExecutorService callers = Executors.newFixedThreadPool(48);
        try (StsClient sts = sdk.sts(sdk.hub())) {
            long started = System.nanoTime();
            List<Future<String>> answers = callers.invokeAll(java.util.Collections.nCopies(48,
                    () -> sts.getCallerIdentity().account()));
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("111111111111");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("48 x 200 ms, in parallel")
                    .isLessThan(Duration.ofSeconds(4));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void callLogRecordsServiceAccountRegionAndSubject() {
        try (CloudWatchLogsClient member = sdk.logs(sdk.assume("222222222222"), Region.US_EAST_1)) {
            member.describeMetricFilters(r -> r.logGroupName("trail-logs"));
        }
        assertThat(sim.calls().all()).containsExactly(
                new CallLog.Call("sts", "AssumeRole", "111111111111", "us-east-1", "arn:aws:iam::222222222222:role/OrgAuditReadOnly"),
                new CallLog.Call("logs", "DescribeMetricFilters", "222222222222", "us-east-1", "trail-logs"));
        assertThat(sim.calls().count("DescribeMetricFilters", "111111111111")).isZero();
        sim.calls().reset();
        assertThat(sim.calls().all()).isEmpty();
        assertThat(sim.calls().count("AssumeRole")).isZero();
    }
}
