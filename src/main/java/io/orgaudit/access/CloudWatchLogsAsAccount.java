package io.orgaudit.access;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsServiceClientConfiguration;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeMetricFiltersRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeMetricFiltersResponse;

/** {@link CloudWatchLogsClient} acting as one account: the operations the scan makes, sent by {@link AccountCalls}. */
final class CloudWatchLogsAsAccount extends ClientAsAccount<CloudWatchLogsClient> implements CloudWatchLogsClient {

    CloudWatchLogsAsAccount(CloudWatchLogsClient shared, AccountCalls calls) {
        super(shared, calls);
    }

    @Override
    public DescribeMetricFiltersResponse describeMetricFilters(DescribeMetricFiltersRequest request) {
        return calls.send(request, shared::describeMetricFilters);
    }

    @Override
    public CloudWatchLogsServiceClientConfiguration serviceClientConfiguration() {
        return shared.serviceClientConfiguration();
    }
}
