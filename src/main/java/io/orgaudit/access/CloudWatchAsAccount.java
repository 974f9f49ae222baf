package io.orgaudit.access;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchServiceClientConfiguration;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsForMetricResponse;

/** {@link CloudWatchClient} acting as one account: the operations the scan makes, sent by {@link AccountCalls}. */
final class CloudWatchAsAccount extends ClientAsAccount<CloudWatchClient> implements CloudWatchClient {

    CloudWatchAsAccount(CloudWatchClient shared, AccountCalls calls) {
        super(shared, calls);
    }

    @Override
    public DescribeAlarmsForMetricResponse describeAlarmsForMetric(DescribeAlarmsForMetricRequest request) {
        return calls.send(request, shared::describeAlarmsForMetric);
    }

    @Override
    public CloudWatchServiceClientConfiguration serviceClientConfiguration() {
        return shared.serviceClientConfiguration();
    }
}
