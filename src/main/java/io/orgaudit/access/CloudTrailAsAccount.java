package io.orgaudit.access;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailServiceClientConfiguration;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;

/** {@link CloudTrailClient} acting as one account: the operations the scan makes, sent by {@link AccountCalls}. */
final class CloudTrailAsAccount extends ClientAsAccount<CloudTrailClient> implements CloudTrailClient {

    CloudTrailAsAccount(CloudTrailClient shared, AccountCalls calls) {
        super(shared, calls);
    }

    @Override
    public DescribeTrailsResponse describeTrails(DescribeTrailsRequest request) {
        return calls.send(request, shared::describeTrails);
    }

    @Override
    public GetTrailStatusResponse getTrailStatus(GetTrailStatusRequest request) {
        return calls.send(request, shared::getTrailStatus);
    }

    @Override
    public GetEventSelectorsResponse getEventSelectors(GetEventSelectorsRequest request) {
        return calls.send(request, shared::getEventSelectors);
    }

    @Override
    public CloudTrailServiceClientConfiguration serviceClientConfiguration() {
        return shared.serviceClientConfiguration();
    }
}
