package io.orgaudit.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The clients of one account, all on that account's credentials, which are obtained once (one AssumeRole) and
 * reused across its regions until they near expiry.
 */
public final class AccountSession implements AutoCloseable {

    private final String accountId;
    private final AwsCredentialsProvider credentials;
    private final AwsClientFactory factory;
    private final String hubRegion;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    AccountSession(String accountId, AwsCredentialsProvider credentials, AwsClientFactory factory, String hubRegion) {
        this.accountId = accountId;
        this.credentials = credentials;
        this.factory = factory;
        this.hubRegion = hubRegion;
    }

    public String accountId() {
        return accountId;
    }

    public CloudTrailClient cloudTrail(String region) {
        return client("cloudtrail", region, r -> factory.build(CloudTrailClient.builder(), r, credentials));
    }

    public CloudWatchLogsClient logs(String region) {
        return client("logs", region, r -> factory.build(CloudWatchLogsClient.builder(), r, credentials));
    }

    public CloudWatchClient cloudWatch(String region) {
        return client("monitoring", region, r -> factory.build(CloudWatchClient.builder(), r, credentials));
    }

    public SnsClient sns(String region) {
        return client("sns", region, r -> factory.build(SnsClient.builder(), r, credentials));
    }

    /** The Account API is global; it answers for the caller's own account. */
    public AccountClient account() {
        return client("account", hubRegion, r -> factory.build(AccountClient.builder(), r, credentials));
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkClient> C client(String service, String region, Function<String, C> builder) {
        return (C) clients.computeIfAbsent(service + "/" + region, key -> builder.apply(region));
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }
}
