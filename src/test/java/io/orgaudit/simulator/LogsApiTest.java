package io.orgaudit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeMetricFiltersResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;

import io.orgaudit.simulator.scenario.Scenario;

class LogsApiTest {

    private static SimulatedAws sim;
    private static SdkClients sdk;

    /** The management account has 120 filters on one log group: three pages of at most 50. */
    @BeforeAll
    static void start() {
        sim = SimulatedAws.start(Scenario.builder()
                .account("111111111111", a -> a
                        .logGroup("big", "us-east-1", g -> {
                            for (int i = 0; i < 120; i++) {
                                g.metricFilter(String.format("filter-%03d", i), "{ $.n = " + i + " }", "Metric" + i, "Test");
                            }
                        })
                        .logGroup("cloudtrail", "us-east-1", g -> g.metricFilter("unauthorized", "{ $.errorCode = \"AccessDenied*\" }",
                                "UnauthorizedAPICalls", "CISBenchmark")))
                .account("222222222222", a -> a.logGroup("cloudtrail", "eu-west-1", g -> g.metricFilter("mine", "", "M", "N")))
                .build());
        sdk = new SdkClients(sim);
    }

    @AfterAll
    static void stop() {
        sdk.close();
        sim.close();
    }

    @Test
    void pagesFiftyFiltersAtATimeAndThePaginatorSeesAll() {
        try (CloudWatchLogsClient logs = sdk.logs(sdk.hub(), Region.US_EAST_1)) {
            List<DescribeMetricFiltersResponse> pages = logs.describeMetricFiltersPaginator(r -> r.logGroupName("big")).stream().toList();
            assertThat(pages).extracting(page -> page.metricFilters().size()).containsExactly(50, 50, 20);
            List<String> names = pages.stream().flatMap(page -> page.metricFilters().stream()).map(MetricFilter::filterName).toList();
            assertThat(names).hasSize(120).doesNotHaveDuplicates().isSorted();
            assertThat(logs.describeMetricFilters(r -> r.logGroupName("big").limit(7)).metricFilters()).hasSize(7);
            assertThat(AwsErrors.codeOf(() -> logs.describeMetricFilters(r -> r.logGroupName("big").limit(51))))
                    .isEqualTo("InvalidParameterException");
        }
    }

    @Test
    void describesTheFilterPatternAndItsMetricTransformation() {
        try (CloudWatchLogsClient logs = sdk.logs(sdk.hub(), Region.US_EAST_1)) {
            MetricFilter filter = logs.describeMetricFilters(r -> r.logGroupName("cloudtrail")).metricFilters().get(0);
            assertThat(filter.filterName()).isEqualTo("unauthorized");
            assertThat(filter.filterPattern()).isEqualTo("{ $.errorCode = \"AccessDenied*\" }");
            assertThat(filter.logGroupName()).isEqualTo("cloudtrail");
            assertThat(filter.creationTime()).isPositive();
            assertThat(filter.metricTransformations()).singleElement().satisfies(t -> {
                assertThat(t.metricName()).isEqualTo("UnauthorizedAPICalls");
                assertThat(t.metricNamespace()).isEqualTo("CISBenchmark");
                assertThat(t.metricValue()).isEqualTo("1");
            });
        }
    }

    @Test
    void answersOnlyFromTheCallersOwnAccountAndRegion() {
        try (CloudWatchLogsClient hubEuWest = sdk.logs(sdk.hub(), Region.EU_WEST_1);
             CloudWatchLogsClient memberUsEast = sdk.logs(sdk.assume("222222222222"), Region.US_EAST_1);
             CloudWatchLogsClient memberEuWest = sdk.logs(sdk.assume("222222222222"), Region.EU_WEST_1)) {
            var missing = AwsErrors.errorOf(() -> hubEuWest.describeMetricFilters(r -> r.logGroupName("cloudtrail")));
            assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
            assertThat(missing.awsErrorDetails().errorMessage()).isEqualTo("The specified log group does not exist.");
            assertThat(AwsErrors.codeOf(() -> memberUsEast.describeMetricFilters(r -> r.logGroupName("big"))))
                    .isEqualTo("ResourceNotFoundException");
            assertThat(memberEuWest.describeMetricFilters(r -> r.logGroupName("cloudtrail")).metricFilters())
                    .extracting(MetricFilter::filterName).containsExactly("mine");
        }
    }

    @Test
    void filtersByNamePrefixAndByMetric() {
        try (CloudWatchLogsClient logs = sdk.logs(sdk.hub(), Region.US_EAST_1)) {
            assertThat(logs.describeMetricFilters(r -> r.logGroupName("big").filterNamePrefix("filter-11")).metricFilters())
                    .hasSize(10);
            assertThat(logs.describeMetricFilters(r -> r.metricName("UnauthorizedAPICalls").metricNamespace("CISBenchmark"))
                    .metricFilters()).extracting(MetricFilter::logGroupName).containsExactly("cloudtrail");
        }
    }
}
