package io.orgaudit.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * One account's view of AWS: its credentials, obtained once (one AssumeRole) and refreshed only when they near expiry,
 * and clients that act as the account in any region, within the account's request rate per service and region.
 */
public final class AccountSession implements AutoCloseable {

    private final String accountId;
    private final AwsCredentialsProvider credentials;
    private final boolean ownsCredentials;
    private final AwsClientFactory factory;
    private final String hubRegion;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    AccountSession(String accountId, AwsCredentialsProvider credentials, boolean ownsCredentials,
                   AwsClientFactory factory, String hubRegion) {
        this.accountId = accountId;
        this.credentials = credentials;
        this.ownsCredentials = ownsCredentials;
        this.factory = factory;
        this.hubRegion = hubRegion;
    }

    public String accountId() {
        return accountId;
    }

    public CloudTrailClient cloudTrail(String region) {
        return client(CloudTrailClient.class, "cloudtrail", region, CloudTrailClient::builder, CloudTrailAsAccount::new);
    }

    public CloudWatchLogsClient logs(String region) {
        return client(CloudWatchLogsClient.class, "logs", region, CloudWatchLogsClient::builder,
                CloudWatchLogsAsAccount::new);
    }

    public CloudWatchClient cloudWatch(String region) {
        return client(CloudWatchClient.class, "monitoring", region, CloudWatchClient::builder,
                CloudWatchAsAccount::new);
    }

    public SnsClient sns(String region) {
        return client(SnsClient.class, "sns", region, SnsClient::builder, SnsAsAccount::new);
    }

    /** The Account API is global; it answers for the caller's own account. */
    public AccountClient account() {
        return client(AccountClient.class, "account", hubRegion, AccountClient::builder, AccountApiAsAccount::new);
    }

    private <C extends SdkClient, B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>> C client(
            Class<C> type, String service, String region, Supplier<B> builder,
            BiFunction<C, AccountCalls, C> actingAsAccount) {
        String key = service + "/" + region;
        return type.cast(clients.computeIfAbsent(key, k -> actingAsAccount.apply(factory.shared(type, region, builder),
                new AccountCalls(accountId, credentials, ServiceQuotas.rateFor(service)))));
    }

    /** Forgets this account's credentials; the shared clients stay open for other accounts. */
    @Override
    public void close() {
        clients.clear();
        if (ownsCredentials && credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
