package io.orgaudit.simulator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** Real AWS SDK v2 clients (sync, Apache HTTP) pointed at a running simulator, as a user would configure them. */
final class SdkClients implements AutoCloseable {

    static final Region US_EAST_1 = Region.US_EAST_1;

    private final SimulatedAws sim;
    private final SdkHttpClient http = ApacheHttpClient.builder().maxConnections(64).build();

    SdkClients(SimulatedAws sim) {
        this.sim = sim;
    }

    AwsCredentialsProvider hub() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(sim.hubAccessKeyId(), sim.hubSecretAccessKey()));
    }

    /** Session credentials of the scenario's audit role in the account, obtained with the hub keys. */
    AwsCredentialsProvider assume(String accountId) {
        try (StsClient sts = sts(hub())) {
            Credentials credentials = sts.assumeRole(r -> r
                    .roleArn("arn:aws:iam::" + accountId + ":role/" + sim.scenario().auditRoleName())
                    .roleSessionName("orgaudit-test")
                    .externalId(sim.scenario().externalId().orElse(null))).credentials();
            return StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken()));
        }
    }

    OrganizationsClient organizations(AwsCredentialsProvider credentials) {
        return build(OrganizationsClient.builder(), credentials, US_EAST_1);
    }

    StsClient sts(AwsCredentialsProvider credentials) {
        return build(StsClient.builder(), credentials, US_EAST_1);
    }

    CloudTrailClient cloudTrail(AwsCredentialsProvider credentials, Region region) {
        return build(CloudTrailClient.builder(), credentials, region);
    }

    CloudWatchLogsClient logs(AwsCredentialsProvider credentials, Region region) {
        return build(CloudWatchLogsClient.builder(), credentials, region);
    }

    CloudWatchClient cloudWatch(AwsCredentialsProvider credentials, Region region) {
        return build(CloudWatchClient.builder(), credentials, region);
    }

    SnsClient sns(AwsCredentialsProvider credentials, Region region) {
        return build(SnsClient.builder(), credentials, region);
    }

    AccountClient account(AwsCredentialsProvider credentials) {
        return build(AccountClient.builder(), credentials, US_EAST_1);
    }

    /** Path-style, as every client pointed at one endpoint must be. */
    S3Client s3(AwsCredentialsProvider credentials, Region region) {
        return build(S3Client.builder().forcePathStyle(true), credentials, region);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, AwsCredentialsProvider credentials, Region region) {
        return builder.httpClient(http).endpointOverride(sim.endpoint()).credentialsProvider(credentials).region(region).build();
    }

    @Override
    public void close() {
        http.close();
    }
}
